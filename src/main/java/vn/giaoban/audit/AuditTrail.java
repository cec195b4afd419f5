package vn.giaoban.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.persistence.EntityManagerFactory;

import com.mysql.cj.jdbc.JdbcConnection;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicValuedMapping;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoban.common.ProblemException;
import vn.giaoban.security.Actor;
import vn.giaoban.security.CurrentActor;

/**
 * Appends to the audit trail. A change's entries are written at the end of its own transaction (just before commit),
 * so an entry exists exactly when the change it records was committed, and the chain's head is locked only for the
 * moment of appending, not for the whole change. Downloads, which change nothing, are queued and appended in batches
 * twenty times a second, so a download spike does not become a queue on the chain. Who acted is taken from the login;
 * the service's own steps (process jobs) are recorded as the system.
 */
@Service
public class AuditTrail {

    public static final String SYSTEM = "hệ thống";

    /** An entry before its place in the chain is known. */
    record Pending(Instant at, Long actorId, String actorName, String action, Long briefingId,
                   String stageBefore, String stageAfter, String detail) {
    }

    /** Downloads appended in one transaction at most; the rest stay queued for the next flush. */
    private static final int DOWNLOADS_PER_FLUSH = 5000;
    /**
     * Downloads queued and not yet appended, at most. The appending thread is one among the request threads and gets
     * no more of the processors than any of them: at a spike it fell behind, the queue grew without end (56 000
     * entries after 70 s), and every queued entry lived long enough to be promoted and then filled the old
     * generation. At this bound the request threads wait for it instead. The bound is about a second of a spike's
     * downloads: MariaDB took up to half a second to commit a flush there, and with room for a fifth of a second
     * (4 096) every request waited through such a commit, some of them for a whole second (JFR: 1 815 waits of
     * 20 ms or more in 30 s). It fills only while such a commit lasts.
     */
    static final int DOWNLOADS_QUEUED_AT_MOST = 16384;
    private static final long ROOM_WAIT_SECONDS = 5;
    /**
     * How long queued downloads wait for the next flush when none is running. At 200 ms and 19 000 downloads a second
     * about 3 800 queued between two flushes, nearly the old bound of 4 096.
     */
    static final long FLUSH_DELAY_MS = 50;

    /** The last entry's place and hash, as the head row holds them. */
    record ChainEnd(long seq, String hash) {
    }

    /** Moves the head from the end a transaction expects; no row when the head is elsewhere. */
    private static final String MOVE_HEAD_FROM =
            "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1 AND last_seq = ? AND last_hash = ?";
    /**
     * How long a transaction waits for its turn on the chain. A turn lasts from an append to its commit (a few
     * milliseconds); a longer wait means the database does not answer the transaction whose turn it is.
     */
    static final long TURN_WAIT_SECONDS = 10;

    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagers;
    private final ChainTurn turn = new ChainTurn();
    /**
     * The recording time on H2 is bound as Hibernate binds the entity's column (H2 takes it with its zone), so that
     * the entry read back through the entity hashes the same in any JVM time zone. MySQL and MariaDB get it as text
     * ({@link EntryInsertText}).
     */
    private final ValueBinder<Instant> recordedAtBinder;
    private final WrapperOptions hibernateOptions;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Pending> downloads = new ConcurrentLinkedQueue<>();
    /**
     * Not fair: with a fair one, once a single request waited every later request queued behind it and was parked
     * and woken (at a spike 40 % more CPU per download). A request passed over again and again is refused after
     * {@link #ROOM_WAIT_SECONDS}; in the spikes measured none was.
     */
    private final Semaphore queueRoom = new Semaphore(DOWNLOADS_QUEUED_AT_MOST);

    @SuppressWarnings("unchecked")
    AuditTrail(JdbcTemplate jdbc, EntityManagerFactory entityManagers, PlatformTransactionManager transactions,
               Clock clock) {
        this.jdbc = jdbc;
        this.entityManagers = entityManagers;
        SessionFactoryImplementor hibernate = entityManagers.unwrap(SessionFactoryImplementor.class);
        BasicValuedMapping column = (BasicValuedMapping) hibernate.getMappingMetamodel()
                .getEntityDescriptor(AuditEntry.class).findAttributeMapping("recordedAt");
        this.recordedAtBinder = column.getJdbcMapping().getJdbcValueBinder();
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

    /**
     * Records a read that leaves a trace (a download); appended within a fraction of a second. When
     * {@link #DOWNLOADS_QUEUED_AT_MOST} downloads are already waiting, the caller waits for room, and is refused with
     * 503 if none is made within {@link #ROOM_WAIT_SECONDS}: a download is never served without its entry.
     *
     * @throws ProblemException 503 when the trail cannot take the entry in time (the database does not answer)
     */
    public void recordAlone(String action, Long briefingId, String detail) {
        Pending download = pending(action, briefingId, null, null, detail);
        if (!waited(() -> queueRoom.tryAcquire(ROOM_WAIT_SECONDS, TimeUnit.SECONDS))) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "problem.auditBehind");
        }
        downloads.add(download);
    }

    /**
     * Appends the queued downloads, oldest first, in short transactions. While downloads arrive faster than one
     * flush takes, it flushes again at once rather than after the delay.
     */
    @Scheduled(fixedDelay = FLUSH_DELAY_MS)
    public void flushDownloads() {
        int taken;
        do {
            taken = flushQueuedDownloads();
        } while (taken >= EntryRows.BATCH);
    }

    /** Appends up to {@link #DOWNLOADS_PER_FLUSH} queued downloads in one transaction; how many were taken. */
    private int flushQueuedDownloads() {
        if (downloads.isEmpty()) {
            return 0;
        }
        QueuedDownloads taken = new QueuedDownloads();
        ownTransaction.executeWithoutResult(status -> {
            // The turn and then the head before any download is taken off the queue: a flush that cannot have them
            // (the database does not answer) fails with none taken, so none is lost with its transaction.
            turn.take();
            turn.appended(appendLocked(taken));
        });
        return taken.count;
    }

    /**
     * Takes the queued downloads off the queue as they are appended, at most {@link #DOWNLOADS_PER_FLUSH}. None is
     * taken and then left out: the count is checked before polling. Each taken entry makes room for a waiting one at
     * once, not at the end of the flush: room made for thousands at a time let the waiting requests refill the queue
     * in a burst and wait again.
     */
    private final class QueuedDownloads implements Iterator<Pending> {

        private int count;
        private Pending next;

        @Override
        public boolean hasNext() {
            if (next == null && count < DOWNLOADS_PER_FLUSH) {
                next = downloads.poll();
                if (next != null) {
                    count++;
                    queueRoom.release();
                }
            }
            return next != null;
        }

        @Override
        public Pending next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Pending taking = next;
            next = null;
            return taking;
        }
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
                    if (!created.isEmpty()) {
                        appendOfTransaction(created, readOnly);
                    }
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
     * Appends a transaction's entries just before it commits. The transaction first takes its turn on the chain
     * ({@link ChainTurn}); where the turn knows the end that the last appending transaction committed, the head is
     * moved from that end in one conditional update and the entries inserted: two statements. Otherwise, or when the
     * head has moved elsewhere (another instance of the service, a restore), the head is locked and read first.
     */
    private void appendOfTransaction(List<Pending> entries, boolean readOnly) {
        // Hibernate's changes are written now, before the turn is taken: at commit they could wait for a row of a
        // transaction that itself waits for the turn, a wait the database would not see as a deadlock. A read-only
        // transaction has none to write, and flushing would write them anyway.
        if (!readOnly
                && TransactionSynchronizationManager.getResource(entityManagers) instanceof EntityManagerHolder changes) {
            changes.getEntityManager().flush();
        }
        ChainEnd known = turn.take();
        if (known != null) {
            HashedRows hashed = new HashedRows();
            ChainEnd last;
            try {
                last = chain(known, entries.iterator(), hashed);
            } catch (SQLException e) {
                throw new IllegalStateException("hashing in memory writes nothing", e);
            }
            if (jdbc.update(MOVE_HEAD_FROM, last.seq(), last.hash(), known.seq(), known.hash()) == 1) {
                write(rows -> {
                    hashed.replayInto(rows);
                    return last;
                });
                turn.appended(last);
                return;
            }
        }
        turn.appended(appendLocked(entries.iterator()));
    }

    /**
     * Appends in the current transaction, whose turn it is: locks the head, inserts the entries and moves the head.
     * Plain JDBC rather than the entities: at a download spike the same through Hibernate (persist, flush, dirty checks
     * of every appended entry) cost more than H2's inserts themselves. Each entry is hashed and written as it is taken
     * and nothing holds it afterwards, so a flush of thousands of downloads keeps one batch alive, not all of them: what
     * a young collection finds alive is copied, and at a spike it was enough to fill the old generation.
     */
    private ChainEnd appendLocked(Iterator<Pending> entries) {
        ChainEnd end = jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
                (row, n) -> new ChainEnd(row.getLong(1), row.getString(2)));
        ChainEnd last = write(rows -> chain(end, entries, rows));
        jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", last.seq(), last.hash());
        return last;
    }

    /** What writes an append's entries into the rows given, and the chain's end after them. */
    @FunctionalInterface
    private interface Writing {
        ChainEnd into(EntryRows rows) throws SQLException;
    }

    /** Entries as inserts in text on MySQL and MariaDB, in batches of a bound insert elsewhere. */
    private ChainEnd write(Writing writing) {
        return jdbc.execute((Connection connection) -> {
            if (connection.isWrapperFor(JdbcConnection.class)) {
                try (Statement statement = connection.createStatement()) {
                    return writing.into(new EntryInsertText(statement));
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(BoundRows.INSERT)) {
                return writing.into(new BoundRows(statement));
            }
        });
    }

    /** A bounded wait for a permit or a lock: whether it was had in time. */
    @FunctionalInterface
    private interface BoundedWait {
        boolean had() throws InterruptedException;
    }

    /** Waits; an interrupted wait counts as not had in time, with the thread's interrupt kept. */
    private static boolean waited(BoundedWait wait) {
        try {
            return wait.had();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Hashes each entry onto the chain after {@code end} and writes it; the new end. */
    static ChainEnd chain(ChainEnd end, Iterator<Pending> entries, EntryRows rows) throws SQLException {
        EntryHash hash = new EntryHash();
        long seq = end.seq();
        String previous = end.hash();
        while (entries.hasNext()) {
            Pending p = entries.next();
            // Stored with microseconds on every database, so the hash is computed over what is read back.
            Instant at = p.at().truncatedTo(ChronoUnit.MICROS);
            String entryHash = hash.of(++seq, at, p.actorId(), p.actorName(), p.action(), p.briefingId(),
                    p.stageBefore(), p.stageAfter(), p.detail(), previous);
            rows.add(seq, at, p, previous, entryHash);
            previous = entryHash;
        }
        rows.finish();
        return new ChainEnd(seq, previous);
    }

    /**
     * The service's appending transactions take turns on the chain, from their append to their commit, and the turn
     * remembers the end the last of them committed. The head row's lock did the same alone, but then each append
     * began by reading the head (SELECT … FOR UPDATE): 17 of the 400 statements a briefing sent MariaDB. Holding the
     * turn, a transaction expecting the remembered end moves the head with one conditional update, which still locks
     * it until the commit and finds no row if anything else moved it. Reentrant for a transaction that a thread
     * starts while its own holds the turn (in an after-commit callback): the inner one then finds the head elsewhere
     * and reads it, at worst one statement more.
     */
    private static final class ChainTurn {

        private final ReentrantLock lock = new ReentrantLock();
        /** The end the last appending transaction committed; null when not known. Guarded by {@link #lock}. */
        private ChainEnd committed;
        /** The end the transaction holding the turn has appended, to be remembered if it commits. */
        private ChainEnd appended;

        /**
         * Takes the turn for the current transaction until it completes; the end the last appending transaction
         * committed, or null when not known.
         *
         * @throws ProblemException 503 when the turn is not free within {@link #TURN_WAIT_SECONDS}
         */
        ChainEnd take() {
            if (!waited(() -> lock.tryLock(TURN_WAIT_SECONDS, TimeUnit.SECONDS))) {
                throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "problem.auditBusy");
            }
            try {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        completed(status);
                    }
                });
            } catch (RuntimeException e) {
                lock.unlock();
                throw e;
            }
            return committed;
        }

        void appended(ChainEnd end) {
            appended = end;
        }

        private void completed(int status) {
            try {
                if (status == TransactionSynchronization.STATUS_COMMITTED) {
                    if (appended != null && (committed == null || appended.seq() > committed.seq())) {
                        committed = appended;
                    }
                } else if (status == TransactionSynchronization.STATUS_UNKNOWN) {
                    committed = null;
                }
                // Rolled back: the head is where it was, and so is the end remembered.
            } finally {
                appended = null;
                lock.unlock();
            }
        }
    }

    /** An append's entries hashed in memory, written once the head has been moved. */
    private static final class HashedRows implements EntryRows {

        private record Row(long seq, Instant recordedAt, Pending entry, String prevHash, String hash) {
        }

        private final List<Row> rows = new ArrayList<>();

        @Override
        public void add(long seq, Instant recordedAt, Pending entry, String prevHash, String hash) {
            rows.add(new Row(seq, recordedAt, entry, prevHash, hash));
        }

        @Override
        public void finish() {
        }

        void replayInto(EntryRows target) throws SQLException {
            for (Row row : rows) {
                target.add(row.seq(), row.recordedAt(), row.entry(), row.prevHash(), row.hash());
            }
            target.finish();
        }
    }

    /** Entries in JDBC batches of one bound insert, on H2. */
    private final class BoundRows implements EntryRows {

        static final String INSERT = INSERT_INTO + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

        private final PreparedStatement statement;
        private int batched;

        BoundRows(PreparedStatement statement) {
            this.statement = statement;
        }

        @Override
        public void add(long seq, Instant recordedAt, Pending entry, String prevHash, String hash)
                throws SQLException {
            statement.setLong(1, seq);
            recordedAtBinder.bind(statement, recordedAt, 2, hibernateOptions);
            statement.setObject(3, entry.actorId(), Types.BIGINT);
            statement.setString(4, entry.actorName());
            statement.setString(5, entry.action());
            statement.setObject(6, entry.briefingId(), Types.BIGINT);
            statement.setString(7, entry.stageBefore());
            statement.setString(8, entry.stageAfter());
            statement.setString(9, entry.detail());
            statement.setString(10, prevHash);
            statement.setString(11, hash);
            statement.addBatch();
            if (++batched == BATCH) {
                finish();
            }
        }

        @Override
        public void finish() throws SQLException {
            if (batched > 0) {
                statement.executeBatch();
                batched = 0;
            }
        }
    }
}
