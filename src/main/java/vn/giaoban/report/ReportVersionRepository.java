package vn.giaoban.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    Optional<ReportVersion> findTopByBriefingIdOrderByVersionNoDesc(long briefingId);

    List<ReportVersion> findByBriefingIdOrderByVersionNoAsc(long briefingId);
}
