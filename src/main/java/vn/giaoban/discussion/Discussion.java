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
import vn.giaoban.organization.Organization;
import vn.giaoban.organization.People;
import vn.giaoban.organization.UserAccount;
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
        UserAccount speaker = people.activeUser(speakerUsername)
                .filter(user -> briefing.isMember(user.getId()))
                .orElseThrow(() -> ProblemException.invalidField("speaker", "field.notInBriefing"));
        String text = Texts.multiline("content", content).strip();
        if (text.isEmpty()) {
            throw ProblemException.invalidField("content", "field.required");
        }
        briefing.requireStage(Stage.DISCUSSION);
        Contribution saved = contributions.saveAndFlush(new Contribution(briefingId,
                contributions.lastSeq(briefingId) + 1, speaker.getId(), kind, text, actor.id(), clock.instant()));
        audit.record("CONTRIBUTION_RECORDED", briefingId, null, null,
                "#" + saved.getSeq() + " " + kind + " of " + speaker.getUsername());
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

    private List<ContributionView> views(List<Contribution> list) {
        Set<Long> userIds = new HashSet<>();
        list.forEach(c -> {
            userIds.add(c.getSpeakerId());
            userIds.add(c.getRecordedById());
        });
        Map<Long, UserAccount> users = people.usersById(userIds);
        Set<Long> organizationIds = new HashSet<>();
        users.values().forEach(u -> {
            if (u.getOrganizationId() != null) {
                organizationIds.add(u.getOrganizationId());
            }
        });
        Map<Long, Organization> units = people.organizationsById(organizationIds);
        return list.stream().map(c -> {
            UserAccount speaker = users.get(c.getSpeakerId());
            Organization unit = speaker.getOrganizationId() == null ? null : units.get(speaker.getOrganizationId());
            return new ContributionView(c.getId(), c.getSeq(), speaker.getUsername(), speaker.getFullName(),
                    speaker.getPosition(), unit == null ? null : unit.getName(), c.getKind(), c.getContent(),
                    users.get(c.getRecordedById()).getUsername(), c.getRecordedAt());
        }).toList();
    }
}
