package vn.giaoban.minutes;

import java.time.OffsetDateTime;
import java.util.List;

/** What the conclusion notice says. */
record NoticeContent(DocumentHeading heading, OffsetDateTime meetingAt, String location, String briefingTitle,
                     MinutesContent.Person chair, List<MinutesContent.Person> attendees, String conclusions,
                     List<MinutesContent.Task> directives, List<String> recipients, String archive) {
}
