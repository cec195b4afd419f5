package vn.giaoban.minutes;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesDocumentRepository extends JpaRepository<MinutesDocument, Long> {
}
