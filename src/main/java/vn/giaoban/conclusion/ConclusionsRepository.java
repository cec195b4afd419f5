package vn.giaoban.conclusion;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConclusionsRepository extends JpaRepository<Conclusions, Long> {
}
