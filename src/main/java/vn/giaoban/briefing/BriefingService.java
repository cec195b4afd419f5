package vn.giaoban.briefing;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.common.ProblemException;
import vn.giaoban.common.Texts;
import vn.giaoban.organization.Organization;
import vn.giaoban.organization.People;
import vn.giaoban.organization.Role;
import vn.giaoban.organization.UserAccount;
import vn.giaoban.security.Actor;

@Service
public class BriefingService {

    private final AuditTrail audit;
    private final BriefingRepository briefings;
    private final BriefingAccess access;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BriefingService(AuditTrail audit, BriefingRepository briefings, BriefingAccess access, People people,
                    ApplicationEventPublisher events, Clock clock) {
        this.audit = audit;
        this.briefings = briefings;
        this.access = access;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public BriefingView schedule(NewBriefing request, Actor actor) {
        if (!actor.has(Role.SECRETARIAT)) {
            throw ProblemException.forbidden("briefing.secretariatOnly");
        }
        Organization organization = people.organization(request.organizationId())
                .filter(Organization::isActive)
                .orElseThrow(() -> ProblemException.invalidField("organizationId", "field.unknownOrganization"));
        if (!actor.isSecretariatOf(organization.getId())) {
            throw ProblemException.forbidden("briefing.otherOrganization");
        }
        String title = Texts.line("title", request.title());
        if (title.isEmpty()) {
            throw ProblemException.invalidField("title", "field.required");
        }
        String location = Texts.line("location", request.location());
        if (location.isEmpty()) {
            throw ProblemException.invalidField("location", "field.required");
        }
        if (new HashSet<>(request.participants()).size() != request.participants().size()) {
            throw ProblemException.invalidField("participants", "field.duplicate");
        }
        UserAccount chair = people.activeUser(request.chair())
                .orElseThrow(() -> ProblemException.invalidField("chair", "field.unknownUser"));
        if (!chair.hasRole(Role.SECRETARY)) {
            throw ProblemException.invalidField("chair", "field.notSecretary");
        }
        UserAccount recorder = people.activeUser(request.recorder())
                .orElseThrow(() -> ProblemException.invalidField("recorder", "field.unknownUser"));
        Map<String, UserAccount> participants = people.activeUsersByName(request.participants());
        if (participants.size() != request.participants().size()) {
            throw ProblemException.invalidField("participants", "field.unknownUser");
        }
        Briefing briefing = briefings.saveAndFlush(new Briefing(organization.getId(), title, request.quarter(),
                request.scheduledAt(), location, chair.getId(), recorder.getId(),
                participants.values().stream().map(UserAccount::getId).toList(), actor.id(), clock.instant()));
        events.publishEvent(new BriefingScheduled(briefing.getId()));
        return BriefingView.of(briefing, people);
    }

    @Transactional(readOnly = true)
    public BriefingView view(long id, Actor actor) {
        return BriefingView.of(access.visible(id, actor), people);
    }

    @Transactional(readOnly = true)
    public List<BriefingView> list(Actor actor, Stage stage, String quarter) {
        Long secretariatOf = actor.has(Role.SECRETARIAT) ? actor.organizationId() : null;
        return BriefingView.of(briefings.findVisible(actor.has(Role.ADMIN), secretariatOf, actor.id(), stage,
                quarter), people);
    }

    @Transactional
    public BriefingView cancel(long id, String reason, Actor actor) {
        Briefing briefing = access.lockedForSecretariat(id, actor);
        briefing.requestCancellation(reason);
        audit.record("BRIEFING_CANCELLATION_REQUESTED", id, null, null, reason);
        events.publishEvent(new BriefingCancellationRequested(id));
        return BriefingView.of(briefing, people);
    }
}
