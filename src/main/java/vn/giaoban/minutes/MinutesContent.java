package vn.giaoban.minutes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything the minutes say, gathered from the records before rendering. */
record MinutesContent(DocumentHeading heading, OffsetDateTime startsAt, OffsetDateTime endsAt, String location,
                      Person chair, Person recorder, List<Person> participants, String report,
                      List<Speech> contributions, String conclusions, List<Task> directives) {

    record Person(String fullName, String position, String unit) {
    }

    record Speech(Person speaker, String kind, String content) {
    }

    record Task(String content, String unit, LocalDate dueDate) {
    }

    LocalDate meetingDate() {
        return startsAt.toLocalDate();
    }
}
