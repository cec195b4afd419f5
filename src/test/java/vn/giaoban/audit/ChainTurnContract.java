package vn.giaoban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;

/**
 * Changes of this service and of a second instance on the same database (a second {@link AuditTrail} with a turn of
 * its own) append at once, some of them rolled back before their append and some after it: every committed change
 * has its entries, no rolled-back one has any, and the chain verifies. Each of the service's threads then appends
 * in turn, so a turn kept by a rolled-back transaction would stop the next one.
 */
abstract class ChainTurnContract {

    private static final String ACTION = "CHAIN_TURN_TEST";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void twoInstancesAppendingAtOnceKeepOneWholeChain() throws Exception {
        AuditTrail secondInstance = new AuditTrail(jdbc, entityManagers, transactions, clock);
        String run = UUID.randomUUID().toString();
        int threads = 6;
        int each = 40;
        AtomicInteger committedEntries = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                AuditTrail trail = t < 2 ? secondInstance : audit;
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        int entries = 1 + i % 3;
                        Outcome outcome = Outcome.values()[(i + thread) % Outcome.values().length];
                        if (change(trail, run + "/" + thread + "/" + i, entries, outcome)) {
                            committedEntries.addAndGet(entries);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(committedEntries.get()).isPositive();
        assertThat(entriesOf(run, "%")).isEqualTo(committedEntries.get());
        assertThat(entriesOf(run, "%/" + Outcome.ROLLED_BACK_AFTER_APPEND)).isZero();
        assertThat(entriesOf(run, "%/" + Outcome.ROLLED_BACK_BEFORE_APPEND)).isZero();
        var verification = Api.admin(port).get("/api/audit/verification").expect(200).json();
        assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isTrue();
    }

    @Test
    void aChangeRolledBackAfterItsAppendLeavesTheChainToTheNext() throws Exception {
        String run = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThat(pool.submit(() -> change(audit, run + "/a", 2, Outcome.COMMITTED)).get(30, TimeUnit.SECONDS))
                    .isTrue();
            assertThat(pool.submit(() -> change(audit, run + "/b", 2, Outcome.ROLLED_BACK_AFTER_APPEND))
                    .get(30, TimeUnit.SECONDS)).isFalse();
            // Another thread: a turn still held would make it wait, then refuse it.
            assertThat(pool.submit(() -> change(audit, run + "/c", 1, Outcome.COMMITTED))
                    .get(AuditTrail.TURN_WAIT_SECONDS - 2, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(entriesOf(run, "%")).isEqualTo(3);
        var verification = Api.admin(port).get("/api/audit/verification").expect(200).json();
        assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isTrue();
    }

    /**
     * While a transaction holds the turn past {@link AuditTrail#TURN_WAIT_SECONDS} (as when the database stops
     * answering its commit), a change is refused with 503 problem+json and leaves no trace; once the turn is free the
     * same change goes through.
     */
    @Test
    void aChangeThatCannotHaveItsTurnIsRefusedAndChangesNothing() throws Exception {
        Committee c = Committee.create(port);
        Api admin = Api.admin(port);
        String organization = "/api/organizations/" + c.organizationId();
        byte[] change = "{\"chairSignsExternally\": true}".getBytes(StandardCharsets.UTF_8);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    audit.record(ACTION, null, null, null, "holds the turn");
                    // After the audit's own: the entries are appended and the turn taken, the commit not reached.
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            held.countDown();
                            await(release);
                        }
                    });
                }));
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            Api.Reply refused = admin.send("PATCH", organization, "application/json", change).expect(503);
            assertThat(refused.header("Retry-After")).isEqualTo("10");
            assertThat(refused.json().path("detail").asText()).contains("Nhật ký kiểm tra");
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        assertThat(chairSignsExternally(c.organizationId())).isFalse();
        assertThat(changesRecordedOf(c.organizationId())).isZero();
        admin.send("PATCH", organization, "application/json", change).expect(200);
        assertThat(chairSignsExternally(c.organizationId())).isTrue();
        assertThat(changesRecordedOf(c.organizationId())).isEqualTo(1);
    }

    private boolean chairSignsExternally(long organizationId) {
        return jdbc.queryForObject("SELECT chair_signs_externally FROM organization WHERE id = ?", Boolean.class,
                organizationId);
    }

    private int changesRecordedOf(long organizationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'ORGANIZATION_CHANGED'"
                + " AND detail LIKE ?", Integer.class, "#" + organizationId + " %");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private enum Outcome { COMMITTED, ROLLED_BACK_BEFORE_APPEND, ROLLED_BACK_AFTER_APPEND }

    /** One change recording {@code entries} entries; whether it committed. */
    private boolean change(AuditTrail trail, String detail, int entries, Outcome outcome) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String tagged = detail + "/" + outcome;
        if (outcome == Outcome.ROLLED_BACK_AFTER_APPEND) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                record(trail, tagged, entries);
                // Registered after the audit's own, so it fails the commit once the entries are appended.
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        throw new IllegalStateException("fails after the append");
                    }
                });
            })).hasMessage("fails after the append");
            return false;
        }
        transaction.executeWithoutResult(status -> {
            record(trail, tagged, entries);
            if (outcome == Outcome.ROLLED_BACK_BEFORE_APPEND) {
                status.setRollbackOnly();
            }
        });
        return outcome == Outcome.COMMITTED;
    }

    private static void record(AuditTrail trail, String detail, int entries) {
        for (int n = 0; n < entries; n++) {
            trail.record(ACTION, null, null, null, detail);
        }
    }

    private int entriesOf(String run, String suffix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND detail LIKE ?",
                Integer.class, ACTION, run + suffix);
    }
}
