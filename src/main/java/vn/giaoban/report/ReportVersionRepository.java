package vn.giaoban.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    /** The latest version; JPQL, so translated once (a derived query's criteria are translated on every call). */
    @Query("select v from ReportVersion v where v.briefingId = :briefingId and v.versionNo ="
            + " (select max(w.versionNo) from ReportVersion w where w.briefingId = :briefingId)")
    Optional<ReportVersion> findTopByBriefingIdOrderByVersionNoDesc(@Param("briefingId") long briefingId);

    List<ReportVersion> findByBriefingIdOrderByVersionNoAsc(long briefingId);
}
