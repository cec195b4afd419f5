package vn.giaoban.briefing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.PostUpdate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the requests waiting for a briefing to change (a {@code GET} with {@code Prefer: wait}) once a transaction
 * that changed the briefing's row has committed, so clients need not poll while the process works on its own (the
 * documents after the chair's approval). Only this instance's commits wake its waiters; with several instances a
 * change made elsewhere is seen when the wait ends.
 */
@Component
class BriefingChanges {

    private final Map<Long, Set<Runnable>> waiting = new ConcurrentHashMap<>();
    /**
     * The woken requests re-read the briefing here, not on the committing thread (a job executor's or a request's,
     * still inside its finished transaction). Two threads: a re-read is one indexed row and cached names.
     */
    private final ExecutorService wakers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), new WakerThreads());

    /** Registers {@code wake} (run on a waker thread) for the next committed change; the result cancels it. */
    Runnable onNextChange(long briefingId, Runnable wake) {
        Runnable waiter = () -> wakers.execute(wake);
        waiting.computeIfAbsent(briefingId, id -> ConcurrentHashMap.newKeySet()).add(waiter);
        return () -> waiting.computeIfPresent(briefingId, (id, waiters) -> {
            waiters.remove(waiter);
            return waiters.isEmpty() ? null : waiters;
        });
    }

    /** After the commit of the transaction that changed the briefing, or at once outside a transaction. */
    private void changed(long briefingId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed(briefingId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed(briefingId);
            }
        });
    }

    private void committed(long briefingId) {
        Set<Runnable> woken = waiting.remove(briefingId);
        if (woken != null) {
            woken.forEach(Runnable::run);
        }
    }

    /** Waiters registered for one briefing: for tests and the health of the map. */
    int waitingFor(long briefingId) {
        Set<Runnable> waiters = waiting.get(briefingId);
        return waiters == null ? 0 : waiters.size();
    }

    @PreDestroy
    void stop() {
        wakers.shutdownNow();
    }

    /**
     * The entity's JPA listener. Hibernate makes it through Spring's bean container, which injects the one
     * {@link BriefingChanges}: every update of the row counts, whoever makes it (each raises the version, the ETag).
     */
    static final class RowListener {
        private final BriefingChanges changes;

        RowListener(BriefingChanges changes) {
            this.changes = changes;
        }

        @PostUpdate
        void updated(Briefing briefing) {
            changes.changed(briefing.getId());
        }
    }

    private static final class WakerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "briefing-waker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
