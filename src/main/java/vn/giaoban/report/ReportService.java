package vn.giaoban.report;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.briefing.Briefing;
import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.briefing.BriefingView;
import vn.giaoban.briefing.ReviewDecision;
import vn.giaoban.briefing.Review;
import vn.giaoban.briefing.Stage;
import vn.giaoban.common.ProblemException;
import vn.giaoban.common.Texts;
import vn.giaoban.organization.People;
import vn.giaoban.organization.PersonCard;
import vn.giaoban.security.Actor;
import vn.giaoban.workflow.BriefingProcess;
import vn.giaoban.workflow.ChairReviews;
import vn.giaoban.workflow.ProcessSteps;

@Service
public class ReportService {

    public record ReportView(long briefingId, int version, String content, String author, String authorName,
                      java.time.Instant savedAt) {
    }

    private final AuditTrail audit;
    private final ReportVersionRepository versions;
    private final BriefingAccess access;
    private final BriefingProcess process;
    private final ChairReviews reviews;
    private final People people;
    private final Clock clock;

    ReportService(AuditTrail audit, ReportVersionRepository versions, BriefingAccess access, BriefingProcess process,
                  ChairReviews reviews, People people, Clock clock) {
        this.audit = audit;
        this.versions = versions;
        this.access = access;
        this.process = process;
        this.reviews = reviews;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public ReportView save(long briefingId, String content, Integer baseVersion, Actor actor) {
        Briefing briefing = access.lockedForSecretariat(briefingId, actor);
        briefing.requireStage(Stage.REPORT_DRAFTING);
        String text = Texts.multiline("content", content);
        int latest = versions.findTopByBriefingIdOrderByVersionNoDesc(briefingId)
                .map(ReportVersion::getVersionNo).orElse(0);
        if (baseVersion != null && baseVersion != latest) {
            throw ProblemException.conflict("report.staleVersion", latest, baseVersion);
        }
        ReportVersion saved = versions.saveAndFlush(
                new ReportVersion(briefingId, latest + 1, text, actor.id(), clock.instant()));
        audit.record("REPORT_SAVED", briefingId, null, null, "version " + saved.getVersionNo());
        return view(briefingId, saved);
    }

    @Transactional(readOnly = true)
    public ReportView latest(long briefingId, Actor actor) {
        access.visible(briefingId, actor);
        return versions.findTopByBriefingIdOrderByVersionNoDesc(briefingId).map(v -> view(briefingId, v))
                .orElseThrow(() -> ProblemException.notFound("report.notFound"));
    }

    @Transactional(readOnly = true)
    public List<ReportView> versions(long briefingId, Actor actor) {
        access.visible(briefingId, actor);
        return versions.findByBriefingIdOrderByVersionNoAsc(briefingId).stream().map(v -> view(briefingId, v))
                .toList();
    }

    @Transactional
    public BriefingView submit(long briefingId, Actor actor) {
        Briefing briefing = access.lockedForSecretariat(briefingId, actor);
        briefing.requireStage(Stage.REPORT_DRAFTING);
        boolean empty = versions.findTopByBriefingIdOrderByVersionNoDesc(briefingId)
                .map(v -> v.getContent().isBlank()).orElse(true);
        if (empty) {
            throw ProblemException.conflict("report.empty");
        }
        process.complete(briefingId, ProcessSteps.DRAFT_REPORT);
        return access.viewAfterChange(briefing);
    }

    @Transactional
    public BriefingView review(long briefingId, Review review, Actor actor) {
        return reviews.decide(briefingId, ReviewDecision.Subject.REPORT, review, actor);
    }

    private ReportView view(long briefingId, ReportVersion v) {
        PersonCard author = people.personCard(v.getAuthorId());
        return new ReportView(briefingId, v.getVersionNo(), v.getContent(), author.username(), author.fullName(),
                v.getCreatedAt());
    }
}
