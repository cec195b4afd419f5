package vn.giaoban.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.ServiceTest;

/**
 * Every endpoint × every kind of caller, as one table: each cell is the exact status the caller must get. The
 * briefing under test waits in REPORT_REVIEW, so that allowed callers of actions meant for other stages get 409 (they
 * passed the permission check) and nobody changes its state; bodies are valid unless a cell says otherwise.
 */
@ServiceTest
class AuthorizationMatrixTest {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationMatrixTest.class);

    /** Columns, in order. */
    private static final List<String> CALLERS = List.of("secretariat", "chair", "participant", "outsider",
            "otherSecretariat", "admin", "anonymous");

    @LocalServerPort
    int port;

    record Row(String method, String path, String contentType, String body, int[] expected) {
    }

    private static Row row(String method, String path, String body, int... expected) {
        return new Row(method, path, "application/json", body, expected);
    }

    private static Row raw(String method, String path, String contentType, String body, int... expected) {
        return new Row(method, path, contentType, body, expected);
    }

    @Test
    void everyCallerGetsExactlyTheirStatus() {
        Committee c = Committee.create(port);
        Committee other = Committee.create(port);
        long briefing = c.schedule(port);
        String b = "/api/briefings/" + briefing;
        Api.as(port, c.secretariat()).put(b + "/report", "{\"content\": \"Dự thảo.\"}").expect(200);
        Api.as(port, c.secretariat()).post(b + "/report/submit").expect(200);

        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("secretariat", Api.as(port, c.secretariat()));
        callers.put("chair", Api.as(port, c.chair()));
        callers.put("participant", Api.as(port, c.participants().get(0)));
        callers.put("outsider", Api.as(port, c.outsider()));
        callers.put("otherSecretariat", Api.as(port, other.secretariat()));
        callers.put("admin", Api.admin(port));
        callers.put("anonymous", Api.anonymous(port));

        String newBriefing = """
                {"organizationId": %d, "title": "Hội nghị giao ban quý IV", "quarter": "2026-Q4",
                 "scheduledAt": "2026-12-20T07:30:00+07:00", "location": "Hội trường", "chair": %s, "recorder": %s,
                 "participants": %s}""".formatted(c.organizationId(), Api.str(c.chair()), Api.str(c.secretariat()),
                Api.strs(c.participants()));
        String contribution = "{\"kind\": \"OPINION\", \"content\": \"Ý kiến.\"}";
        String conclusions = "{\"content\": \"Kết luận.\", \"directives\": []}";
        //                                  sec  chair part  out  oSec admin anon
        List<Row> table = List.of(
                row("GET", "/api/briefings", null, 200, 200, 200, 200, 200, 200, 401),
                row("GET", b, null, 200, 200, 200, 403, 403, 200, 401),
                row("GET", "/api/briefings/999999", null, 404, 404, 404, 404, 404, 404, 401),
                row("POST", "/api/briefings", newBriefing, 201, 403, 403, 403, 403, 403, 401),
                row("GET", "/api/tasks", null, 200, 200, 200, 200, 200, 200, 401),
                row("GET", b + "/report", null, 200, 200, 200, 403, 403, 200, 401),
                row("GET", b + "/report/versions", null, 200, 200, 200, 403, 403, 200, 401),
                row("PUT", b + "/report", "{\"content\": \"x\"}", 409, 403, 403, 403, 403, 403, 401),
                row("POST", b + "/report/submit", null, 409, 403, 403, 403, 403, 403, 401),
                row("POST", b + "/report/review", "{\"decision\": \"REVISE\"}", 403, 400, 403, 403, 403, 403, 401),
                row("GET", b + "/contributions", null, 200, 200, 200, 403, 403, 200, 401),
                row("POST", b + "/contributions", contribution, 409, 403, 409, 403, 403, 403, 401),
                row("POST", b + "/discussion/close", null, 409, 403, 403, 403, 403, 403, 401),
                row("GET", b + "/conclusions", null, 404, 404, 404, 403, 403, 404, 401),
                row("PUT", b + "/conclusions", conclusions, 409, 403, 403, 403, 403, 403, 401),
                row("POST", b + "/conclusions/submit", null, 409, 403, 403, 403, 403, 403, 401),
                row("POST", b + "/conclusions/review", "{\"decision\": \"APPROVE\"}", 403, 409, 403, 403, 403, 403,
                        401),
                row("GET", b + "/minutes", null, 409, 409, 409, 403, 403, 409, 401),
                row("GET", b + "/minutes/verification", null, 409, 409, 409, 403, 403, 409, 401),
                row("GET", b + "/conclusion-notice", null, 409, 409, 409, 403, 403, 409, 401),
                row("GET", b + "/conclusion-notice/verification", null, 409, 409, 409, 403, 403, 409, 401),
                row("GET", b + "/documents", null, 200, 200, 200, 403, 403, 200, 401),
                row("GET", b + "/minutes/for-signing", null, 403, 409, 403, 403, 403, 403, 401),
                raw("PUT", b + "/minutes/chair-signature", "application/pdf", "%PDF-1.7", 403, 409, 403, 403, 403,
                        403, 401),
                raw("PUT", b + "/conclusion-notice/chair-signature", "application/pdf", "%PDF-1.7", 403, 409, 403, 403,
                        403, 403, 401),
                raw("POST", "/api/verifications", "application/pdf", "không phải PDF", 400, 400, 400, 400, 400, 400,
                        401),
                row("GET", "/api/organizations", null, 200, 200, 200, 200, 200, 200, 401),
                row("POST", "/api/organizations", "{\"name\": \"ĐẢNG ỦY XÃ " + UUID.randomUUID().toString()
                        .substring(0, 8).toUpperCase() + "\", \"code\": \"ĐU\", \"place\": \"Thử\"}",
                        403, 403, 403, 403, 403, 201, 401),
                row("PATCH", "/api/organizations/" + c.organizationId(), "{\"chairSignsExternally\": false}",
                        403, 403, 403, 403, 403, 200, 401),
                raw("PUT", "/api/organizations/" + c.organizationId() + "/seal", "image/png", "không phải PNG",
                        403, 403, 403, 403, 403, 400, 401),
                row("GET", "/api/users", null, 200, 403, 403, 403, 200, 200, 401),
                row("GET", "/api/users/me", null, 200, 200, 200, 200, 200, 200, 401),
                row("POST", "/api/users", "{\"username\": \"m" + UUID.randomUUID().toString().substring(0, 8)
                        + "\", \"password\": \"mat-khau-dai\", \"fullName\": \"Người Mới\", \"organizationId\": "
                        + c.organizationId() + ", \"roles\": [\"PARTICIPANT\"]}", 403, 403, 403, 403, 403, 201, 401),
                row("GET", "/api/audit", null, 403, 403, 403, 403, 403, 200, 401),
                row("GET", "/api/audit/verification", null, 403, 403, 403, 403, 403, 200, 401),
                row("GET", "/actuator/health", null, 200, 200, 200, 200, 200, 200, 200),
                row("GET", "/actuator/info", null, 200, 200, 200, 200, 200, 200, 200),
                row("GET", "/actuator/prometheus", null, 403, 403, 403, 403, 403, 200, 401),
                row("GET", "/engine-rest/engine", null, 403, 403, 403, 403, 403, 200, 401),
                // Past our gate, Camunda's web applications ask for their own login; browsers without a session go to ours.
                row("GET", "/camunda/app/welcome/default/", null, 403, 403, 403, 403, 403, 302, 302),
                row("GET", "/v3/api-docs", null, 200, 200, 200, 200, 200, 200, 200));

        List<String> unexpected = new ArrayList<>();
        int cells = 0;
        for (Row r : table) {
            assertThat(r.expected()).as(r.path()).hasSize(CALLERS.size());
            for (int i = 0; i < CALLERS.size(); i++) {
                Api api = callers.get(CALLERS.get(i));
                byte[] body = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
                Api.Reply reply = api.send(r.method(), r.path(), r.contentType(), body);
                cells++;
                if (reply.status() != r.expected()[i]) {
                    unexpected.add(r.method() + " " + r.path() + " as " + CALLERS.get(i) + ": expected "
                            + r.expected()[i] + ", got " + reply.status() + " " + reply.text());
                } else if (reply.status() >= 400 && !r.path().startsWith("/camunda")) {
                    reply.expect(reply.status());
                }
            }
        }
        log.info("Authorization matrix: {} cells tested, {} unexpected", cells, unexpected.size());
        assertThat(unexpected).as("%d cells", cells).isEmpty();
        assertThat(Api.as(port, c.secretariat()).get(b).expect(200).json().path("stage").asText())
                .isEqualTo("REPORT_REVIEW");
    }
}
