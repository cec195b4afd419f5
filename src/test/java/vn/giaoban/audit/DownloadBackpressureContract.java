package vn.giaoban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoban.common.ProblemException;
import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.Scenario;

/**
 * Downloads wait for the audit trail rather than queue without end: when the trail cannot append (here its head row
 * is held locked by another transaction, as a database that stops answering would), at most a bounded number of
 * downloads are queued, the next is refused with 503, and nothing queued is lost once the trail moves again. The
 * chain then verifies: every entry reads back as it was hashed, its time to the microsecond included, in a JVM whose
 * zone is not UTC.
 */
abstract class DownloadBackpressureContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aStuckTrailRefusesDownloadsBeyondItsQueueAndLosesNoneItQueued() throws Exception {
        Committee c = Committee.create(port);
        String base = new Scenario(port, c).published();
        long id = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        Api participant = Api.as(port, c.participants().get(0));
        participant.get(base + "/minutes").expect(200);
        String downloads = "SELECT COUNT(*) FROM audit_entry WHERE action = 'DOCUMENT_DOWNLOADED' AND briefing_id = ?";
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> jdbc.queryForObject(downloads, Integer.class, id) == 1);

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TransactionTemplate other = new TransactionTemplate(transactions);
        other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> other.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1 FOR UPDATE", Long.class);
            locked.countDown();
            await(release);
        }));
        int queued = 0;
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            ProblemException refused = null;
            // The appending thread takes at most one entry before it waits for the head.
            while (refused == null && queued <= AuditTrail.DOWNLOADS_QUEUED_AT_MOST + 1) {
                try {
                    audit.recordAlone("DOCUMENT_DOWNLOADED", id, "MINUTES");
                    queued++;
                } catch (ProblemException e) {
                    refused = e;
                }
            }
            assertThat(refused).as("a download beyond the queue").isNotNull();
            assertThat(refused.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(queued).isBetween(AuditTrail.DOWNLOADS_QUEUED_AT_MOST, AuditTrail.DOWNLOADS_QUEUED_AT_MOST + 1);

            // Over HTTP the refusal is a problem, and the document is not sent.
            Api.Reply reply = participant.get(base + "/minutes").expect(503);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.header("Retry-After")).isEqualTo("10");
            assertThat(reply.json().path("detail").asText()).contains("Nhật ký kiểm tra");
        } finally {
            release.countDown();
            holder.get(15, TimeUnit.SECONDS);
        }
        int expected = 1 + queued;
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.queryForObject(downloads, Integer.class, id) >= expected);
        assertThat(jdbc.queryForObject(downloads, Integer.class, id)).isEqualTo(expected);
        var verification = Api.admin(port).get("/api/audit/verification").expect(200).json();
        assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isTrue();
        participant.get(base + "/minutes").expect(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
