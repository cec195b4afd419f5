package vn.giaoban.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditHeadRepository extends JpaRepository<AuditHead, Integer> {
}
