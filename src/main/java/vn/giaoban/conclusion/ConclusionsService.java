package vn.giaoban.conclusion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.briefing.Briefing;
import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.briefing.BriefingView;
import vn.giaoban.briefing.Review;
import vn.giaoban.briefing.ReviewDecision;
import vn.giaoban.briefing.Stage;
import vn.giaoban.common.ProblemException;
import vn.giaoban.common.Texts;
import vn.giaoban.organization.People;
import vn.giaoban.security.Actor;
import vn.giaoban.workflow.BriefingProcess;
import vn.giaoban.workflow.ChairReviews;
import vn.giaoban.workflow.ProcessSteps;

@Service
public class ConclusionsService {

    public record DirectiveView(String content, String assigneeUnit, LocalDate dueDate) {
    }

    public record ConclusionsView(long briefingId, int version, String content, List<DirectiveView> directives,
                                  String updatedBy, Instant updatedAt) {
    }

    public record DirectiveInput(String content, String assigneeUnit, LocalDate dueDate) {
    }

    private final AuditTrail audit;
    private final ConclusionsRepository conclusions;
    private final BriefingAccess access;
    private final BriefingProcess process;
    private final ChairReviews reviews;
    private final People people;
    private final Clock clock;

    ConclusionsService(AuditTrail audit, ConclusionsRepository conclusions, BriefingAccess access, BriefingProcess process,
                       ChairReviews reviews, People people, Clock clock) {
        this.audit = audit;
        this.conclusions = conclusions;
        this.access = access;
        this.process = process;
        this.reviews = reviews;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public ConclusionsView save(long briefingId, String content, List<DirectiveInput> directives, Integer baseVersion,
                         Actor actor) {
        Briefing briefing = access.lockedForSecretariat(briefingId, actor);
        briefing.requireStage(Stage.CONCLUSIONS_DRAFTING);
        String text = Texts.multiline("content", content);
        List<Directive> list = new ArrayList<>();
        for (int i = 0; i < directives.size(); i++) {
            DirectiveInput d = directives.get(i);
            String task = Texts.multiline("directives[" + i + "].content", d.content()).strip();
            String unit = Texts.line("directives[" + i + "].assigneeUnit", d.assigneeUnit());
            if (task.isEmpty()) {
                throw ProblemException.invalidField("directives[" + i + "].content", "field.required");
            }
            if (unit.isEmpty()) {
                throw ProblemException.invalidField("directives[" + i + "].assigneeUnit", "field.required");
            }
            list.add(new Directive(task, unit, d.dueDate()));
        }
        Conclusions current = conclusions.findById(briefingId).orElseGet(() -> new Conclusions(briefingId));
        if (baseVersion != null && baseVersion != current.getRevision()) {
            throw ProblemException.conflict("conclusions.staleVersion", current.getRevision(), baseVersion);
        }
        current.revise(text, list, actor.id(), clock.instant());
        Conclusions saved = conclusions.saveAndFlush(current);
        audit.record("CONCLUSIONS_SAVED", briefingId, null, null,
                "revision " + saved.getRevision() + ", " + list.size() + " directives");
        return view(saved);
    }

    @Transactional(readOnly = true)
    public ConclusionsView get(long briefingId, Actor actor) {
        access.visible(briefingId, actor);
        return conclusions.findById(briefingId).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("conclusions.notFound"));
    }

    @Transactional
    public BriefingView submit(long briefingId, Actor actor) {
        Briefing briefing = access.lockedForSecretariat(briefingId, actor);
        briefing.requireStage(Stage.CONCLUSIONS_DRAFTING);
        boolean empty = conclusions.findById(briefingId).map(c -> c.getContent().isBlank()).orElse(true);
        if (empty) {
            throw ProblemException.conflict("conclusions.empty");
        }
        process.complete(briefingId, ProcessSteps.DRAFT_CONCLUSIONS);
        return access.viewAfterChange(briefing);
    }

    @Transactional
    public BriefingView review(long briefingId, Review review, Actor actor) {
        return reviews.decide(briefingId, ReviewDecision.Subject.CONCLUSIONS, review, actor);
    }

    /** For the minutes: the conclusions as they stand (approved, once the briefing is past review). */
    @Transactional(readOnly = true)
    public Optional<ConclusionsView> of(long briefingId) {
        return conclusions.findById(briefingId).map(this::view);
    }

    private ConclusionsView view(Conclusions c) {
        return new ConclusionsView(c.getBriefingId(), c.getRevision(), c.getContent(),
                c.getDirectives().stream()
                        .map(d -> new DirectiveView(d.getContent(), d.getAssigneeUnit(), d.getDueDate())).toList(),
                people.personCard(c.getUpdatedById()).username(), c.getUpdatedAt());
    }
}
