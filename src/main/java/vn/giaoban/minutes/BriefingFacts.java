package vn.giaoban.minutes;

import java.util.List;
import java.util.Map;

import vn.giaoban.briefing.Briefing;
import vn.giaoban.conclusion.ConclusionsService;
import vn.giaoban.organization.Organization;
import vn.giaoban.organization.UserAccount;

/** The records of one briefing that its documents are made from, read once per document. */
record BriefingFacts(Briefing briefing, Organization organization, Map<Long, UserAccount> users,
                     Map<Long, Organization> units, String report, List<MinutesContent.Speech> speeches,
                     ConclusionsService.ConclusionsView conclusions) {

    MinutesContent.Person person(long userId) {
        UserAccount user = users.get(userId);
        Organization unit = user.getOrganizationId() == null ? null : units.get(user.getOrganizationId());
        return new MinutesContent.Person(user.getFullName(), user.getPosition(), unit == null ? null : unit.getName());
    }

    UserAccount user(long userId) {
        return users.get(userId);
    }

    List<MinutesContent.Task> directives() {
        return conclusions.directives().stream()
                .map(d -> new MinutesContent.Task(d.content(), d.assigneeUnit(), d.dueDate())).toList();
    }
}
