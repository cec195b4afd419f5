package vn.giaoban.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;

/**
 * Requests that must be refused: each gets the documented 4xx as problem+json, and the database (application tables
 * and the engine's runtime tables) hashes the same before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputContract {

    private static final List<String> TABLES = List.of("organization", "app_user", "app_user_role", "briefing",
            "briefing_participant", "report_version", "review_decision", "contribution", "conclusions", "directive",
            "document_counter", "official_document", "official_document_signature", "official_document_revision",
            "signing_image",
            "signing_credential", "ACT_RU_EXECUTION", "ACT_RU_TASK",
            "ACT_RU_VARIABLE", "ACT_RU_JOB");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Committee committee;
    private Committee other;
    private String drafting;
    private String othersBriefing;
    /** A briefing waiting for the chair's review of its report. */
    private String reviewing;

    record Case(String name, String user, String method, String path, String contentType, byte[] body, int status) {
    }

    @BeforeAll
    void briefings() {
        committee = Committee.create(port);
        other = Committee.create(port);
        drafting = "/api/briefings/" + committee.schedule(port);
        othersBriefing = "/api/briefings/" + other.schedule(port);
        Api.as(port, committee.secretariat()).put(drafting + "/report", "{\"content\": \"Bản dự thảo.\"}")
                .expect(200);
        reviewing = "/api/briefings/" + committee.schedule(port);
        Api.as(port, committee.secretariat()).put(reviewing + "/report", "{\"content\": \"Bản dự thảo.\"}")
                .expect(200);
        Api.as(port, committee.secretariat()).post(reviewing + "/report/submit").expect(200);
    }

    @TestFactory
    Stream<DynamicTest> refusedRequestsChangeNothing() {
        String sec = committee.secretariat();
        String chair = committee.chair();
        String participant = committee.participants().get(0);
        List<Case> cases = new ArrayList<>();
        cases.add(json("malformed JSON", sec, "PUT", drafting + "/report", "{\"content\": ", 400));
        cases.add(json("truncated JSON", sec, "PUT", drafting + "/report", "{\"content\": \"abc", 400));
        cases.add(json("trailing tokens", sec, "PUT", drafting + "/report", "{\"content\": \"a\"} {\"x\":1}", 400));
        cases.add(json("lone surrogate", sec, "PUT", drafting + "/report", "{\"content\": \"a\\ud800b\"}", 400));
        cases.add(new Case("invalid UTF-8", sec, "PUT", drafting + "/report", "application/json",
                new byte[] {'{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                        '"', '}'}, 400));
        cases.add(json("control character", sec, "PUT", drafting + "/report", "{\"content\": \"a\\u0007b\"}", 400));
        cases.add(json("number for text", sec, "PUT", drafting + "/report", "{\"content\": 5}", 400));
        cases.add(json("text for number", sec, "PUT", drafting + "/report",
                "{\"content\": \"x\", \"baseVersion\": \"one\"}", 400));
        cases.add(json("missing field", sec, "PUT", drafting + "/report", "{}", 400));
        cases.add(json("unknown field", sec, "PUT", drafting + "/report",
                "{\"content\": \"x\", \"contnet\": \"y\"}", 400));
        cases.add(json("stale baseVersion", sec, "PUT", drafting + "/report",
                "{\"content\": \"x\", \"baseVersion\": 0}", 409));
        cases.add(json("unknown enum value", chair, "POST", drafting + "/report/review",
                "{\"decision\": \"MAYBE\"}", 400));
        cases.add(json("wrong stage: review while drafting", chair, "POST", drafting + "/report/review",
                "{\"decision\": \"APPROVE\"}", 409));
        cases.add(json("wrong stage: contribution while drafting", participant, "POST",
                drafting + "/contributions", "{\"kind\": \"OPINION\", \"content\": \"Ý kiến\"}", 409));
        cases.add(json("wrong stage: conclusions while drafting report", sec, "PUT", drafting + "/conclusions",
                "{\"content\": \"x\", \"directives\": []}", 409));
        cases.add(json("impossible due date", sec, "PUT", drafting + "/conclusions",
                "{\"content\": \"x\", \"directives\": [{\"content\": \"a\", \"assigneeUnit\": \"b\", "
                        + "\"dueDate\": \"2026-02-30\"}]}", 400));
        cases.add(json("impossible meeting date", sec, "POST", "/api/briefings", briefing(
                "2026-13-01T07:30:00+07:00", "2026-Q3"), 400));
        cases.add(json("malformed quarter", sec, "POST", "/api/briefings", briefing(
                "2026-10-05T07:30:00+07:00", "2026-Q5"), 400));
        cases.add(json("chair who is not a secretary", sec, "POST", "/api/briefings", briefing(
                "2026-10-05T07:30:00+07:00", "2026-Q3").replace(Api.str(chair), Api.str(participant)), 400));
        cases.add(json("title of control characters", sec, "POST", "/api/briefings", briefing(
                "2026-10-05T07:30:00+07:00", "2026-Q3").replace("Hội nghị", "Hội\\u0000nghị"), 400));
        cases.add(json("participant saves the report", participant, "PUT", drafting + "/report",
                "{\"content\": \"x\"}", 403));
        cases.add(json("secretariat reviews", sec, "POST", drafting + "/report/review",
                "{\"decision\": \"APPROVE\"}", 403));
        cases.add(json("participant schedules", participant, "POST", "/api/briefings", briefing(
                "2026-10-05T07:30:00+07:00", "2026-Q3"), 403));
        cases.add(json("secretariat of another organisation schedules here", other.secretariat(), "POST",
                "/api/briefings", briefing("2026-10-05T07:30:00+07:00", "2026-Q3"), 403));
        cases.add(json("outsider reads a briefing", committee.outsider(), "GET", drafting, null, 403));
        cases.add(json("participant of another briefing reads it", participant, "GET", othersBriefing, null, 403));
        cases.add(json("participant of another briefing contributes", participant, "POST",
                othersBriefing + "/contributions", "{\"kind\": \"OPINION\", \"content\": \"Ý kiến\"}", 403));
        cases.add(json("participant creates a user", participant, "POST", "/api/users",
                "{\"username\": \"x1\", \"password\": \"12345678\", \"fullName\": \"X\", \"roles\": [\"ADMIN\"]}",
                403));
        cases.add(json("minutes before publication", participant, "GET", drafting + "/minutes", null, 409));
        cases.add(json("unknown briefing", sec, "GET", "/api/briefings/999999", null, 404));
        cases.add(json("non-numeric id", sec, "GET", "/api/briefings/abc", null, 400));
        cases.add(json("anonymous", null, "GET", drafting, null, 401));
        cases.add(json("wrong password", "admin-nope", "GET", drafting, null, 401));
        byte[] huge = ("{\"content\": \"" + "a".repeat(2 * 1024 * 1024 + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        cases.add(new Case("body over 2 MB", sec, "PUT", drafting + "/report", "application/json", huge, 413));
        cases.add(json("content over 200,000 characters", sec, "PUT", drafting + "/report",
                "{\"content\": \"" + "ă".repeat(200_001) + "\"}", 400));

        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String before = databaseHash();
            Api api = c.user() == null ? Api.anonymous(port) : Api.as(port, c.user());
            Api.Reply reply = api.send(c.method(), c.path(), c.contentType() == null ? "application/json"
                    : c.contentType(), c.body() == null ? new byte[0] : c.body(), "Accept-Language", "vi");
            reply.expect(c.status());
            assertThat(databaseHash()).as("database after %s", c.name()).isEqualTo(before);
        }));
    }

    /**
     * Generated refusals: for each JSON endpoint a valid template body is broken one field at a time (wrong type,
     * null, missing when required, control character, lone surrogate, over-long) and truncated at several points, plus
     * an unknown field. Every request must be a 4xx problem and leave the database as it was.
     */
    @TestFactory
    Stream<DynamicTest> generatedBrokenBodiesChangeNothing() {
        String sec = committee.secretariat();
        String chairUser = committee.chair();
        List<Template> templates = List.of(
                new Template(sec, "PUT", drafting + "/report", new java.util.LinkedHashMap<>(Map.of(
                        "content", "\"Báo cáo\"", "baseVersion", "1")), List.of("content"), Map.of("content", 200_001)),
                new Template(sec, "POST", "/api/briefings", new java.util.LinkedHashMap<>(Map.of(
                        "organizationId", Long.toString(committee.organizationId()),
                        "title", "\"Hội nghị\"", "quarter", "\"2026-Q3\"",
                        "scheduledAt", "\"2026-10-05T07:30:00+07:00\"", "location", "\"Hội trường\"",
                        "chair", Api.str(committee.chair()), "recorder", Api.str(sec),
                        "participants", Api.strs(committee.participants()))),
                        List.of("organizationId", "title", "quarter", "scheduledAt", "location", "chair", "recorder",
                                "participants"), Map.of("title", 501, "location", 501)),
                new Template(chairUser, "POST", reviewing + "/report/review",
                        new java.util.LinkedHashMap<>(Map.of("decision", "\"REVISE\"", "comment", "\"Sửa\"")),
                        List.of("decision"), Map.of("comment", 10_001)),
                new Template(sec, "POST", drafting + "/contributions", new java.util.LinkedHashMap<>(Map.of(
                        "speaker", Api.str(committee.participants().get(0)), "kind", "\"OPINION\"",
                        "content", "\"Ý kiến\"")), List.of("kind", "content"), Map.of("content", 10_001)),
                new Template(sec, "PUT", drafting + "/conclusions", new java.util.LinkedHashMap<>(Map.of(
                        "content", "\"Kết luận\"", "directives",
                        "[{\"content\": \"Việc\", \"assigneeUnit\": \"Chi bộ\", \"dueDate\": \"2026-12-31\"}]")),
                        List.of("content"), Map.of("content", 200_001)),
                new Template("admin", "POST", "/api/users", new java.util.LinkedHashMap<>(Map.of(
                        "username", "\"nguoimoi\"", "password", "\"mat-khau-dai\"", "fullName", "\"Người Mới\"",
                        "organizationId", Long.toString(committee.organizationId()), "roles", "[\"PARTICIPANT\"]")),
                        List.of("username", "password", "fullName", "roles"), Map.of("fullName", 201)),
                new Template("admin", "POST", "/api/organizations", new java.util.LinkedHashMap<>(Map.of(
                        "name", "\"ĐẢNG ỦY XÃ MỚI\"", "code", "\"ĐU\"", "place", "\"Mới\"")),
                        List.of("name", "code", "place"), Map.of("name", 301)));
        List<Case> cases = new ArrayList<>();
        for (Template t : templates) {
            for (String field : t.fields().keySet()) {
                for (String wrong : List.of("12345", "true", "[1, 2]", "{\"a\": 1}", "\"\\u0007\"",
                        "\"a\\udc00b\"")) {
                    if (wrong.equals("12345") && (field.equals("organizationId") || field.equals("baseVersion"))) {
                        continue;
                    }
                    cases.add(t.with(field + " = " + wrong, field, wrong));
                }
                if (t.required().contains(field)) {
                    cases.add(t.with(field + " = null", field, "null"));
                    cases.add(t.without(field));
                }
                Integer limit = t.limits().get(field);
                if (limit != null) {
                    cases.add(t.with(field + " too long", field, Api.str("ệ".repeat(limit))));
                }
            }
            cases.add(t.with("unknown field", "unexpected", "1"));
            String body = t.body(t.fields());
            for (int cut : new int[] {1, body.length() / 3, body.length() / 2, body.length() - 1}) {
                cases.add(new Case(t.method() + " " + t.path() + " cut at " + cut, t.user(), t.method(), t.path(),
                        "application/json", body.substring(0, cut).getBytes(StandardCharsets.UTF_8), 400));
            }
        }
        assertThat(cases.size()).as("generated requests").isGreaterThanOrEqualTo(200);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String before = databaseHash();
            Api api = c.user().equals("admin") ? Api.admin(port) : Api.as(port, c.user());
            Api.Reply reply = api.send(c.method(), c.path(), c.contentType(), c.body(), "Accept-Language", "en");
            assertThat(reply.status()).as("%s -> %s", c.name(), reply.text()).isBetween(400, 499);
            reply.expect(reply.status());
            assertThat(databaseHash()).as("database after %s", c.name()).isEqualTo(before);
        }));
    }

    /** A valid body for one endpoint; its fields are raw JSON values. */
    record Template(String user, String method, String path, Map<String, String> fields, List<String> required,
                    Map<String, Integer> limits) {

        String body(Map<String, String> values) {
            StringBuilder json = new StringBuilder("{");
            values.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                    .append(v));
            return json.append('}').toString();
        }

        Case with(String name, String field, String value) {
            Map<String, String> changed = new java.util.LinkedHashMap<>(fields);
            changed.put(field, value);
            return new Case(method + " " + path + " " + name, user, method, path, "application/json",
                    body(changed).getBytes(StandardCharsets.UTF_8), 400);
        }

        Case without(String field) {
            Map<String, String> changed = new java.util.LinkedHashMap<>(fields);
            changed.remove(field);
            return new Case(method + " " + path + " without " + field, user, method, path, "application/json",
                    body(changed).getBytes(StandardCharsets.UTF_8), 400);
        }
    }

    private String briefing(String scheduledAt, String quarter) {
        return """
                {"organizationId": %d, "title": "Hội nghị giao ban", "quarter": %s, "scheduledAt": %s,
                 "location": "Hội trường", "chair": %s, "recorder": %s, "participants": %s}"""
                .formatted(committee.organizationId(), Api.str(quarter), Api.str(scheduledAt),
                        Api.str(committee.chair()), Api.str(committee.secretariat()),
                        Api.strs(committee.participants()));
    }

    private static Case json(String name, String user, String method, String path, String body, int status) {
        return new Case(name, user, method, path, "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), status);
    }

    private String databaseHash() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String table : TABLES) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                for (Map.Entry<String, Object> column : row.entrySet()) {
                    Object value = column.getValue();
                    String text = value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
                    digest.update((column.getKey() + "=" + text + ";").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
