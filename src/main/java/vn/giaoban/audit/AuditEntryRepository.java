package vn.giaoban.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByBriefingIdOrderBySeqAsc(Long briefingId);

    List<AuditEntry> findTop500ByOrderBySeqDesc();

    @Query("select e from AuditEntry e where e.seq > :after order by e.seq asc")
    List<AuditEntry> page(@Param("after") long after, Pageable page);
}
