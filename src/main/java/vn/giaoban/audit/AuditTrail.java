package vn.giaoban.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

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

    private final AuditEntryRepository entries;
    private final AuditHeadRepository heads;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Pending> downloads = new ConcurrentLinkedQueue<>();

    AuditTrail(AuditEntryRepository entries, AuditHeadRepository heads, PlatformTransactionManager transactions,
               Clock clock) {
        this.entries = entries;
        this.heads = heads;
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
        List<Pending> batch = new ArrayList<>();
        for (Pending p = downloads.poll(); p != null && batch.size() < 5000; p = downloads.poll()) {
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

    private void append(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        AuditHead head = heads.lock().orElseThrow();
        long seq = head.lastSeq();
        String previous = head.lastHash();
        List<AuditEntry> written = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            AuditEntry entry = new AuditEntry(++seq, p.at(), p.actorId(), p.actorName(), p.action(), p.briefingId(),
                    p.stageBefore(), p.stageAfter(), p.detail(), previous);
            written.add(entry);
            previous = entry.hash();
        }
        entries.saveAll(written);
        head.advance(written.get(written.size() - 1));
        entries.flush();
        heads.flush();
    }
}
