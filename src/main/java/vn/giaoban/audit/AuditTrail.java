package vn.giaoban.audit;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicValuedMapping;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoban.security.Actor;
import vn.giaoban.security.CurrentActor;

/**
 * Appends to the audit trail. A change's entries are written at the end of its own transaction (just before commit),
 * so an entry exists exactly when the change it records was committed, and the chain's head is locked only for the
 * moment of appending, not for the whole change. Downloads, which change nothing, are queued and appended in batches
 * a few times a second, so a download spike does not become a queue on the chain. Who acted is taken from the login;
 * the service's own steps (process jobs) are recorded as the system.
 */
@Service
public class AuditTrail {

    public static final String SYSTEM = "hệ thống";

    /** An entry before its place in the chain is known. */
    private record Pending(Instant at, Long actorId, String actorName, String action, Long briefingId,
                           String stageBefore, String stageAfter, String detail) {
    }

    private static final int BATCH = 100;
    /** Downloads appended in one transaction at most; the rest stay queued for the next flush. */
    private static final int DOWNLOADS_PER_FLUSH = 5000;

    /** The last entry's place and hash, as the head row holds them. */
    private record ChainEnd(long seq, String hash) {
    }

    private final JdbcTemplate jdbc;
    /**
     * The recording time is bound as Hibernate binds the entity's column, which differs by database (H2 takes it
     * with its zone, MariaDB as a UTC timestamp), so that the entry read back through the entity hashes the same in
     * any JVM time zone.
     */
    private final ValueBinder<Instant> recordedAt;
    private final WrapperOptions hibernateOptions;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Pending> downloads = new ConcurrentLinkedQueue<>();

    @SuppressWarnings("unchecked")
    AuditTrail(JdbcTemplate jdbc, EntityManagerFactory entityManagers, PlatformTransactionManager transactions,
               Clock clock) {
        this.jdbc = jdbc;
        SessionFactoryImplementor hibernate = entityManagers.unwrap(SessionFactoryImplementor.class);
        BasicValuedMapping column = (BasicValuedMapping) hibernate.getMappingMetamodel()
                .getEntityDescriptor(AuditEntry.class).findAttributeMapping("recordedAt");
        this.recordedAt = column.getJdbcMapping().getJdbcValueBinder();
        this.hibernateOptions = hibernate.getWrapperOptions();
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a change made in the caller's transaction; written just before that transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, Long briefingId, String stageBefore, String stageAfter, String detail) {
        pendingOfThisTransaction().add(pending(action, briefingId, stageBefore, stageAfter, detail));
    }

    /** Records a read that leaves a trace (a download); appended within a fraction of a second. */
    public void recordAlone(String action, Long briefingId, String detail) {
        downloads.add(pending(action, briefingId, null, null, detail));
    }

    /** Appends the queued downloads, oldest first, in one short transaction. */
    @Scheduled(fixedDelay = 200)
    public void flushDownloads() {
        if (downloads.isEmpty()) {
            return;
        }
        // The size is checked before polling, so no entry is taken off the queue and then left out.
        List<Pending> batch = new ArrayList<>();
        Pending p;
        while (batch.size() < DOWNLOADS_PER_FLUSH && (p = downloads.poll()) != null) {
            batch.add(p);
        }
        ownTransaction.executeWithoutResult(status -> append(batch));
    }

    private Pending pending(String action, Long briefingId, String stageBefore, String stageAfter, String detail) {
        Actor actor = CurrentActor.get().orElse(null);
        return new Pending(clock.instant(), actor == null ? null : actor.id(),
                actor == null ? SYSTEM : actor.username(), action, briefingId, stageBefore, stageAfter,
                detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail);
    }

    @SuppressWarnings("unchecked")
    private List<Pending> pendingOfThisTransaction() {
        Object key = AuditTrail.class;
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            List<Pending> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            pending = created;
        }
        return pending;
    }

    /**
     * Appends in the current transaction: locks the head, inserts the entries as one JDBC batch and moves the head.
     * Plain JDBC rather than the entities: at a download spike the same through Hibernate (persist, flush, dirty
     * checks of every appended entry) cost more than H2's inserts themselves.
     */
    private void append(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        ChainEnd end = jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
                (row, n) -> new ChainEnd(row.getLong(1), row.getString(2)));
        long seq = end.seq();
        String previous = end.hash();
        List<AuditEntry> written = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            AuditEntry entry = new AuditEntry(++seq, p.at(), p.actorId(), p.actorName(), p.action(), p.briefingId(),
                    p.stageBefore(), p.stageAfter(), p.detail(), previous);
            written.add(entry);
            previous = entry.hash();
        }
        jdbc.batchUpdate("INSERT INTO audit_entry (seq, recorded_at, actor_id, actor_name, action, briefing_id,"
                        + " stage_before, stage_after, detail, prev_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                written, BATCH, (statement, entry) -> {
                    statement.setLong(1, entry.getSeq());
                    recordedAt.bind(statement, entry.getRecordedAt(), 2, hibernateOptions);
                    statement.setObject(3, entry.actorId(), Types.BIGINT);
                    statement.setString(4, entry.getActorName());
                    statement.setString(5, entry.getAction());
                    statement.setObject(6, entry.getBriefingId(), Types.BIGINT);
                    statement.setString(7, entry.getStageBefore());
                    statement.setString(8, entry.getStageAfter());
                    statement.setString(9, entry.getDetail());
                    statement.setString(10, entry.prevHash());
                    statement.setString(11, entry.hash());
                });
        jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, previous);
    }
}
