package vn.giaoban.briefing;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.common.ProblemException;
import vn.giaoban.organization.People;
import vn.giaoban.security.Actor;

/**
 * Per-briefing permission checks, used by every module before it reads or writes: 404 for an unknown id, 403 for a
 * caller who does not belong to the briefing or lacks the role the action needs. Write variants lock the briefing
 * row for the rest of the caller's transaction: every write to a briefing or what hangs off it takes this lock first,
 * so writes to one briefing queue.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BriefingAccess {

    private final BriefingRepository briefings;
    private final People people;
    private final EntityManager entities;

    BriefingAccess(BriefingRepository briefings, People people, EntityManager entities) {
        this.briefings = briefings;
        this.people = people;
        this.entities = entities;
    }

    /** The briefing as the API shows it after a change in this transaction (version and stage included). */
    public BriefingView viewAfterChange(Briefing briefing) {
        briefings.flush();
        return BriefingView.of(briefing, people);
    }

    public Briefing visible(long id, Actor actor) {
        return checkedVisible(briefings.findById(id).orElseThrow(() -> notFound(id)), actor);
    }

    public Briefing lockedVisible(long id, Actor actor) {
        return checkedVisible(locked(id).orElseThrow(() -> notFound(id)), actor);
    }

    public Briefing lockedForSecretariat(long id, Actor actor) {
        Briefing briefing = lockedVisible(id, actor);
        if (!briefing.isSecretariat(actor)) {
            throw ProblemException.forbidden("briefing.secretariatOnly");
        }
        return briefing;
    }

    public Briefing lockedForChair(long id, Actor actor) {
        Briefing briefing = lockedVisible(id, actor);
        if (!briefing.isChair(actor)) {
            throw ProblemException.forbidden("briefing.chairOnly");
        }
        return briefing;
    }

    /** For the service's own steps (process delegates), which act for nobody in particular. */
    public Briefing lockedForService(long id) {
        return locked(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Locks the row once per transaction: a call that completes a task locks the briefing, and the engine's listener
     * and the document steps ask for it again. A query would go to the database each time; the entity manager knows
     * the row is already locked.
     */
    private Optional<Briefing> locked(long id) {
        return Optional.ofNullable(entities.find(Briefing.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Briefing checkedVisible(Briefing briefing, Actor actor) {
        if (!briefing.isVisibleTo(actor)) {
            throw ProblemException.forbidden("briefing.notVisible", briefing.getId());
        }
        return briefing;
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("briefing.notFound", id);
    }
}
