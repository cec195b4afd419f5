package vn.giaoban.report;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of the report: the latest (for the minutes, the approved) version. */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final ReportVersionRepository versions;

    Reports(ReportVersionRepository versions) {
        this.versions = versions;
    }

    public Optional<ReportVersion> latest(long briefingId) {
        return versions.findTopByBriefingIdOrderByVersionNoDesc(briefingId);
    }
}
