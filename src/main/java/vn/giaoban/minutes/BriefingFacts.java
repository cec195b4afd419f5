package vn.giaoban.minutes;

import java.util.List;
import java.util.Map;

import vn.giaoban.briefing.Briefing;
import vn.giaoban.conclusion.ConclusionsService;
import vn.giaoban.organization.Organization;
import vn.giaoban.organization.PersonCard;
import vn.giaoban.organization.UnitCard;

/**
 * The records of one briefing that its documents are made from, read once per document; its members and their units
 * from the cards kept in memory.
 */
record BriefingFacts(Briefing briefing, Organization organization, Map<Long, PersonCard> users,
                     Map<Long, UnitCard> unitsByUser, String report, List<MinutesContent.Speech> speeches,
                     ConclusionsService.ConclusionsView conclusions) {

    MinutesContent.Person person(long userId) {
        PersonCard user = users.get(userId);
        UnitCard unit = unitsByUser.get(userId);
        return new MinutesContent.Person(user.fullName(), user.position(), unit == null ? null : unit.name());
    }

    PersonCard user(long userId) {
        return users.get(userId);
    }

    List<MinutesContent.Task> directives() {
        return conclusions.directives().stream()
                .map(d -> new MinutesContent.Task(d.content(), d.assigneeUnit(), d.dueDate())).toList();
    }
}
