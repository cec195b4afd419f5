package vn.giaoban.briefing;

import java.util.Set;

import vn.giaoban.organization.Role;
import vn.giaoban.security.Actor;

/**
 * Who belongs to a briefing. Fixed when the briefing is scheduled (nothing changes the organisation, chair, recorder
 * or participants afterwards), so a copy may be kept and asked without reading the briefing again.
 */
public record Membership(long organizationId, long chairId, long recorderId, Set<Long> participantIds) {

    public Membership {
        participantIds = Set.copyOf(participantIds);
    }

    /** The secretariat of the organising body, its chair, recorder and participants, and admins. */
    public boolean isVisibleTo(Actor actor) {
        return mayBeSeenBy(actor, organizationId, isMember(actor.id()));
    }

    /** The one rule, for this copy and for {@link Briefing} itself. */
    static boolean mayBeSeenBy(Actor actor, long organizationId, boolean member) {
        return member || actor.has(Role.ADMIN) || actor.isSecretariatOf(organizationId);
    }

    /** Chair, recorder or participant. */
    public boolean isMember(long userId) {
        return chairId == userId || recorderId == userId || participantIds.contains(userId);
    }
}
