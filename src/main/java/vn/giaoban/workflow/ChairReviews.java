package vn.giaoban.workflow;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.briefing.Briefing;
import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.briefing.BriefingView;
import vn.giaoban.briefing.Decision;
import vn.giaoban.briefing.Review;
import vn.giaoban.briefing.ReviewDecision;
import vn.giaoban.briefing.ReviewDecisionRepository;
import vn.giaoban.briefing.Stage;
import vn.giaoban.security.Actor;

/** The chair's decision on a draft (report or conclusions): recorded, then handed to the process's gateway. */
@Service
public class ChairReviews {

    private final AuditTrail audit;
    private final BriefingAccess access;
    private final BriefingProcess process;
    private final ReviewDecisionRepository decisions;
    private final Clock clock;

    ChairReviews(AuditTrail audit, BriefingAccess access, BriefingProcess process, ReviewDecisionRepository decisions, Clock clock) {
        this.audit = audit;
        this.access = access;
        this.process = process;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Transactional
    public BriefingView decide(long briefingId, ReviewDecision.Subject subject, Review review, Actor actor) {
        Briefing briefing = access.lockedForChair(briefingId, actor);
        boolean report = subject == ReviewDecision.Subject.REPORT;
        briefing.requireStage(report ? Stage.REPORT_REVIEW : Stage.CONCLUSIONS_REVIEW);
        String comment = review.checkedComment();
        decisions.save(new ReviewDecision(briefingId, subject, review.decision(), comment, actor.id(),
                clock.instant()));
        audit.record(subject + "_REVIEWED", briefingId, null, null, review.decision().name());
        process.complete(briefingId, report ? ProcessSteps.REVIEW_REPORT : ProcessSteps.REVIEW_CONCLUSIONS,
                Map.of(report ? ProcessSteps.VAR_REPORT_APPROVED : ProcessSteps.VAR_CONCLUSIONS_APPROVED,
                        review.decision() == Decision.APPROVE));
        return access.viewAfterChange(briefing);
    }
}
