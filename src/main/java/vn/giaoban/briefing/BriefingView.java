package vn.giaoban.briefing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.giaoban.organization.People;
import vn.giaoban.organization.PersonCard;
import vn.giaoban.organization.UnitCard;

/**
 * A briefing as the API shows it. {@code chair}, {@code recorder} and {@code participants} are usernames, as they
 * are sent when scheduling; {@code members} adds names and positions for display.
 */
public record BriefingView(long id, String title, String quarter, OffsetDateTime scheduledAt, String location,
                           long organizationId, OrganizationRef organization, String chair, String recorder,
                           List<String> participants, List<Member> members, Stage stage, long version,
                           String cancelReason) {

    public record OrganizationRef(long id, String name, String code) {
    }

    public record Member(String username, String fullName, String position, String role) {
    }

    static List<BriefingView> of(Collection<Briefing> briefings, People people) {
        Set<Long> userIds = new HashSet<>();
        Set<Long> organizationIds = new HashSet<>();
        for (Briefing b : briefings) {
            userIds.add(b.getChairId());
            userIds.add(b.getRecorderId());
            userIds.addAll(b.getParticipantIds());
            organizationIds.add(b.getOrganizationId());
        }
        Map<Long, PersonCard> users = people.personCards(userIds);
        Map<Long, UnitCard> organizations = people.unitCards(organizationIds);
        return briefings.stream().map(b -> of(b, users, organizations)).toList();
    }

    public static BriefingView of(Briefing briefing, People people) {
        return of(List.of(briefing), people).get(0);
    }

    private static BriefingView of(Briefing b, Map<Long, PersonCard> users, Map<Long, UnitCard> organizations) {
        UnitCard o = organizations.get(b.getOrganizationId());
        List<Member> members = new ArrayList<>();
        members.add(member(users.get(b.getChairId()), "CHAIR"));
        members.add(member(users.get(b.getRecorderId()), "RECORDER"));
        b.getParticipantIds().forEach(id -> members.add(member(users.get(id), "PARTICIPANT")));
        return new BriefingView(b.getId(), b.getTitle(), b.getQuarter(), b.getScheduledAt(), b.getLocation(),
                b.getOrganizationId(), new OrganizationRef(o.id(), o.name(), o.code()),
                users.get(b.getChairId()).username(), users.get(b.getRecorderId()).username(),
                b.getParticipantIds().stream().map(id -> users.get(id).username()).toList(),
                members, b.getStage(), b.getVersion(), b.getCancelReason());
    }

    private static Member member(PersonCard user, String role) {
        return new Member(user.username(), user.fullName(), user.position(), role);
    }
}
