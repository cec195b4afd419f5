package vn.giaoban.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.briefing.Briefing;
import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.briefing.BriefingView;
import vn.giaoban.briefing.Stage;
import vn.giaoban.common.ProblemException;
import vn.giaoban.common.Texts;
import vn.giaoban.organization.People;
import vn.giaoban.organization.PersonCard;
import vn.giaoban.organization.UnitCard;
import vn.giaoban.security.Actor;
import vn.giaoban.workflow.BriefingProcess;
import vn.giaoban.workflow.ProcessSteps;

/** The discussion at the meeting: contributions in the order they were recorded. */
@Service
public class Discussion {

    public record ContributionView(long id, int seq, String speaker, String speakerName, String speakerPosition,
                                   String speakerUnit, ContributionKind kind, String content, String recordedBy,
                                   Instant recordedAt) {
    }

    private final AuditTrail audit;
    private final ContributionRepository contributions;
    private final BriefingAccess access;
    private final BriefingProcess process;
    private final People people;
    private final Clock clock;

    Discussion(AuditTrail audit, ContributionRepository contributions, BriefingAccess access, BriefingProcess process, People people,
               Clock clock) {
        this.audit = audit;
        this.contributions = contributions;
        this.access = access;
        this.process = process;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public ContributionView record(long briefingId, String speakerName, ContributionKind kind, String content,
                            Actor actor) {
        Briefing briefing = access.lockedVisible(briefingId, actor);
        String speakerUsername = speakerName == null ? actor.username() : speakerName;
        boolean forSelf = speakerUsername.equals(actor.username());
        if (!briefing.isSecretariat(actor) && !(forSelf && briefing.isParticipant(actor.id()))) {
            throw ProblemException.forbidden("contribution.onlyForSelf");
        }
        PersonCard speaker = people.personCards(briefing.memberIds()).values().stream()
                .filter(member -> member.username().equals(speakerUsername))
                .filter(member -> people.isActive(member.id()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField("speaker", "field.notInBriefing"));
        String text = Texts.multiline("content", content).strip();
        if (text.isEmpty()) {
            throw ProblemException.invalidField("content", "field.required");
        }
        briefing.requireStage(Stage.DISCUSSION);
        Contribution saved = contributions.saveAndFlush(new Contribution(briefingId,
                contributions.lastSeq(briefingId) + 1, speaker.id(), kind, text, actor.id(), clock.instant()));
        audit.record("CONTRIBUTION_RECORDED", briefingId, null, null,
                "#" + saved.getSeq() + " " + kind + " of " + speaker.username());
        return views(List.of(saved)).get(0);
    }

    /** Corrects a contribution before the discussion closes: the secretariat, or whoever recorded it. */
    @Transactional
    public ContributionView revise(long briefingId, long contributionId, ContributionKind kind, String content,
                                   Actor actor) {
        Briefing briefing = access.lockedVisible(briefingId, actor);
        Contribution contribution = contributions.findById(contributionId)
                .filter(c -> c.getBriefingId() == briefingId)
                .orElseThrow(() -> ProblemException.notFound("contribution.notFound"));
        if (!briefing.isSecretariat(actor) && contribution.getRecordedById() != actor.id()) {
            throw ProblemException.forbidden("contribution.onlyForSelf");
        }
        String text = Texts.multiline("content", content).strip();
        if (text.isEmpty()) {
            throw ProblemException.invalidField("content", "field.required");
        }
        briefing.requireStage(Stage.DISCUSSION);
        contribution.revise(kind, text);
        contributions.saveAndFlush(contribution);
        audit.record("CONTRIBUTION_EDITED", briefingId, null, null, "#" + contribution.getSeq());
        return views(List.of(contribution)).get(0);
    }

    @Transactional(readOnly = true)
    public List<ContributionView> list(long briefingId, Actor actor) {
        access.visible(briefingId, actor);
        return contributionsOf(briefingId);
    }

    /** For the minutes: every contribution of the briefing, in order. */
    @Transactional(readOnly = true)
    public List<ContributionView> contributionsOf(long briefingId) {
        return views(contributions.findByBriefingIdOrderBySeqAsc(briefingId));
    }

    @Transactional
    public BriefingView close(long briefingId, Actor actor) {
        Briefing briefing = access.lockedForSecretariat(briefingId, actor);
        briefing.closeDiscussion(clock.instant());
        process.complete(briefingId, ProcessSteps.DISCUSS);
        return access.viewAfterChange(briefing);
    }

    /** Speakers and recorders from the cards kept in memory: the minutes and every list show them. */
    private List<ContributionView> views(List<Contribution> list) {
        Set<Long> userIds = new HashSet<>();
        list.forEach(c -> {
            userIds.add(c.getSpeakerId());
            userIds.add(c.getRecordedById());
        });
        Map<Long, PersonCard> users = people.personCards(userIds);
        Map<Long, UnitCard> units = people.unitsOf(users.values());
        return list.stream().map(c -> {
            PersonCard speaker = users.get(c.getSpeakerId());
            UnitCard unit = units.get(speaker.id());
            return new ContributionView(c.getId(), c.getSeq(), speaker.username(), speaker.fullName(),
                    speaker.position(), unit == null ? null : unit.name(), c.getKind(), c.getContent(),
                    users.get(c.getRecordedById()).username(), c.getRecordedAt());
        }).toList();
    }
}
