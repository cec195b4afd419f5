package vn.giaoban.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.Scenario;
import vn.giaoban.support.ServiceTest;

/** The audit trail records who did what and detects tampering; logins are throttled; responses carry safe headers. */
@ServiceTest
class AuditAndHardeningTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditTrail audit;

    @Test
    void everyStateChangeAndDownloadIsRecordedAndTamperingIsDetected() {
        Committee c = Committee.create(port);
        String base = new Scenario(port, c).published();
        long id = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        Api.as(port, c.participants().get(1)).get(base + "/minutes").expect(200);
        Api admin = Api.admin(port);

        // Downloads are appended in batches a few times a second.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> admin.get("/api/audit?briefingId=" + id).expect(200).text()
                        .contains("DOCUMENT_DOWNLOADED"));
        JsonNode entries = admin.get("/api/audit?briefingId=" + id).expect(200).json();
        List<String> actions = new ArrayList<>();
        entries.forEach(e -> actions.add(e.path("action").asText() + ":" + e.path("stageAfter").asText("")));
        assertThat(actions).containsSubsequence("STAGE_CHANGED:REPORT_DRAFTING", "REPORT_SAVED:",
                "STAGE_CHANGED:REPORT_REVIEW", "REPORT_REVIEWED:", "STAGE_CHANGED:DISCUSSION",
                "CONTRIBUTION_RECORDED:", "STAGE_CHANGED:CONCLUSIONS_DRAFTING", "CONCLUSIONS_SAVED:",
                "STAGE_CHANGED:CONCLUSIONS_REVIEW", "CONCLUSIONS_REVIEWED:", "STAGE_CHANGED:MINUTES_PREPARING",
                "DOCUMENT_RENDERED:", "DOCUMENT_SIGNED:", "DOCUMENT_PUBLISHED:", "STAGE_CHANGED:MINUTES_PUBLISHED",
                "DOCUMENT_DOWNLOADED:");
        JsonNode review = find(entries, "REPORT_REVIEWED");
        assertThat(review.path("actorName").asText()).isEqualTo(c.chair());
        assertThat(find(entries, "DOCUMENT_SIGNED").path("actorName").asText()).isEqualTo("hệ thống");
        JsonNode drafting = find(entries, "STAGE_CHANGED");
        assertThat(drafting.path("stageBefore").asText()).isEqualTo("SCHEDULED");
        assertThat(drafting.path("actorName").asText()).isEqualTo(c.secretariat());

        assertThat(admin.get("/api/audit/verification").expect(200).json().path("valid").asBoolean()).isTrue();

        long seq = review.path("seq").asLong();
        String detail = jdbc.queryForObject("SELECT detail FROM audit_entry WHERE seq = ?", String.class, seq);
        tamper("UPDATE audit_entry SET detail = 'APPROVE?' WHERE seq = ?", seq);
        JsonNode changed = admin.get("/api/audit/verification").expect(200).json();
        tamper("UPDATE audit_entry SET detail = ? WHERE seq = ?", detail, seq);
        assertThat(changed.path("valid").asBoolean()).isFalse();
        assertThat(changed.path("firstBrokenSeq").asLong()).isEqualTo(seq);
        assertThat(changed.path("problem").asText()).isEqualTo("changed");

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", seq);
        tamper("DELETE FROM audit_entry WHERE seq = ?", seq);
        JsonNode removed = admin.get("/api/audit/verification").expect(200).json();
        tamper("INSERT INTO audit_entry (seq, recorded_at, actor_id, actor_name, action, briefing_id, "
                        + "stage_before, stage_after, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                row.get("SEQ"), row.get("RECORDED_AT"), row.get("ACTOR_ID"), row.get("ACTOR_NAME"), row.get("ACTION"),
                row.get("BRIEFING_ID"), row.get("STAGE_BEFORE"), row.get("STAGE_AFTER"), row.get("DETAIL"),
                row.get("PREV_HASH"), row.get("HASH"));
        assertThat(removed.path("valid").asBoolean()).isFalse();
        assertThat(removed.path("firstBrokenSeq").asLong()).isEqualTo(seq);
        assertThat(admin.get("/api/audit/verification").expect(200).json().path("valid").asBoolean()).isTrue();
    }

    /** Connections come out of the pool with auto-commit off: a write outside a transaction would be rolled back. */
    private void tamper(String sql, Object... arguments) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.update(sql, arguments));
    }

    /**
     * A spike's downloads are appended in batches of at most 5 000: every download gets exactly one entry, however
     * many are queued, and the chain stays whole.
     */
    @Test
    void aBurstOfDownloadsIsRecordedOneEntryEach() throws Exception {
        Committee c = Committee.create(port);
        String base = new Scenario(port, c).published();
        long id = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        int threads = 6;
        int each = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String participant = c.participants().get(t % c.participants().size());
                done.add(pool.submit(() -> {
                    Api api = Api.as(port, participant);
                    for (int i = 0; i < each; i++) {
                        api.get(base + "/minutes").expect(200);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // Faster than HTTP can: more than two flushes' worth, recorded while the queue is full and flushes follow each other.
        int direct = 12_000;
        for (int i = 0; i < direct; i++) {
            audit.recordAlone("DOCUMENT_DOWNLOADED", id, "CONCLUSION_NOTICE");
        }
        String downloads = "SELECT COUNT(*) FROM audit_entry WHERE action = 'DOCUMENT_DOWNLOADED' AND briefing_id = ?";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(downloads, Integer.class, id) >= threads * each + direct);
        assertThat(jdbc.queryForObject(downloads, Integer.class, id)).isEqualTo(threads * each + direct);
        assertThat(Api.admin(port).get("/api/audit/verification").expect(200).json().path("valid").asBoolean())
                .isTrue();
    }

    @Test
    void repeatedFailedLoginsAreThrottled() {
        Committee c = Committee.create(port);
        HttpClient fresh = HttpClient.newHttpClient();
        int[] statuses = new int[7];
        for (int i = 0; i < statuses.length; i++) {
            String password = i < 5 ? "sai-mat-khau-" + i : vn.giaoban.support.Api.PASSWORD;
            statuses[i] = status(fresh, c.participants().get(0), password);
        }
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429, 429);
        assertThat(status(fresh, c.participants().get(1), vn.giaoban.support.Api.PASSWORD)).isEqualTo(200);
    }

    @Test
    void deactivatedUsersCannotLogInAndPasswordsCanBeReset() {
        Committee c = Committee.create(port);
        String user = c.participants().get(1);
        HttpClient fresh = HttpClient.newHttpClient();
        long id = Api.as(port, user).get("/api/users/me").expect(200).json().path("id").asLong();
        Api admin = Api.admin(port);
        Api.as(port, c.secretariat()).post("/api/users/" + id + "/deactivate").expect(403);
        admin.post("/api/users/" + id + "/deactivate").expect(200);
        assertThat(status(fresh, user, Api.PASSWORD)).isEqualTo(401);
        admin.post("/api/users/" + id + "/activate").expect(200);
        admin.put("/api/users/" + id + "/password", "{\"password\": \"ngan\"}").expect(400);
        admin.put("/api/users/" + id + "/password", "{\"password\": \"mat-khau-moi-123\"}").expect(204);
        assertThat(status(fresh, user, Api.PASSWORD)).isEqualTo(401);
        assertThat(status(fresh, user, "mat-khau-moi-123")).isEqualTo(200);
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/users/me")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(response.body()).doesNotContain("Exception");
    }

    private int status(HttpClient client, String username, String password) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users/me"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode find(JsonNode entries, String action) {
        for (JsonNode e : entries) {
            if (e.path("action").asText().equals(action)) {
                return e;
            }
        }
        throw new AssertionError("no " + action);
    }
}
