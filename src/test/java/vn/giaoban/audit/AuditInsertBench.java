package vn.giaoban.audit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What appending download entries costs on MySQL or MariaDB: Connector/J's rewriting of a bound insert's batches
 * ({@code rewriteBatchedStatements}, as the service did until the twenty-first session) against
 * {@link EntryInsertText}, 100 rows a statement and 5 000 a transaction either way, in alternating rounds after a
 * warm-up. Prints one JSON line per round: entries per second, the calling thread's CPU per entry, and the database
 * server's (from {@code /proc}, when its pid is given). Args: JDBC_URL (an empty database) ENTRIES ROUNDS
 * [DATABASE_PID]. Not a test: run by hand (README, Performance).
 */
public final class AuditInsertBench {

    private static final int PER_TRANSACTION = 5_000;
    private static final String HASH = "0123456789abcdef".repeat(4);

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "sendFractionalSeconds=false"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&useServerPrepStmts=false"
                + "&cachePrepStmts=true&rewriteBatchedStatements=true&useLocalSessionState=true";
        int entries = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path databaseStat = args.length > 3 ? Path.of("/proc", args[3], "stat") : null;
        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE audit_entry (seq BIGINT PRIMARY KEY, recorded_at DATETIME(6) NOT NULL,"
                        + " actor_id BIGINT NULL, actor_name VARCHAR(200) NOT NULL, action VARCHAR(60) NOT NULL,"
                        + " briefing_id BIGINT NULL, stage_before VARCHAR(30) NULL, stage_after VARCHAR(30) NULL,"
                        + " detail VARCHAR(500) NULL, prev_hash VARCHAR(64) NOT NULL, hash VARCHAR(64) NOT NULL)"
                        + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
                statement.execute("CREATE INDEX ix_audit_entry_briefing ON audit_entry (briefing_id, seq)");
            }
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(false);
            Appender appender = new Appender(connection);
            appender.round(true, entries);
            appender.round(false, entries);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int r = 1; r <= rounds; r++) {
                for (boolean bound : new boolean[] {r % 2 == 1, r % 2 == 0}) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long database = ticks(databaseStat);
                    long start = System.nanoTime();
                    appender.round(bound, entries);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double clientMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / entries;
                    double databaseMicros = (ticks(databaseStat) - database) * 1e4 / entries;
                    System.out.printf(Locale.ROOT, "{\"round\":%d,\"insert\":\"%s\",\"entries\":%d,"
                            + "\"entriesPerSecond\":%.0f,\"clientCpuMicrosPerEntry\":%.2f,"
                            + "\"databaseCpuMicrosPerEntry\":%.2f}%n", r, bound ? "bound batches" : "as text",
                            entries, entries / seconds, clientMicros, databaseStat == null ? 0 : databaseMicros);
                }
            }
        }
    }

    /** utime + stime of a process, in clock ticks (100 a second here), or 0 without one. */
    private static long ticks(Path stat) throws Exception {
        if (stat == null) {
            return 0;
        }
        String line = Files.readString(stat);
        // The fields after the command's name, which ends at the last ')': state is the first, utime the 12th.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Appends download entries as a flush of the download queue does, through the service's own chaining. */
    private static final class Appender {

        private final Connection connection;
        private AuditTrail.ChainEnd end = new AuditTrail.ChainEnd(0, HASH);

        Appender(Connection connection) {
            this.connection = connection;
        }

        void round(boolean bound, int entries) throws SQLException {
            for (int done = 0; done < entries; done += PER_TRANSACTION) {
                Iterator<AuditTrail.Pending> downloads = Stream.generate(() -> new AuditTrail.Pending(Instant.now(),
                        17L, "thanh-vien-12", "DOCUMENT_DOWNLOADED", 42L, null, null, "MINUTES"))
                        .limit(PER_TRANSACTION).iterator();
                if (bound) {
                    try (PreparedStatement statement = connection.prepareStatement(
                            EntryRows.INSERT_INTO + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        end = AuditTrail.chain(end, downloads, new BoundBatches(statement));
                    }
                } else {
                    try (Statement statement = connection.createStatement()) {
                        end = AuditTrail.chain(end, downloads, new EntryInsertText(statement));
                    }
                }
                connection.commit();
            }
        }
    }

    /** The service's former way on MySQL and MariaDB: a bound insert, its batches rewritten by Connector/J. */
    private record BoundBatches(PreparedStatement statement) implements EntryRows {

        @Override
        public void add(long seq, Instant recordedAt, AuditTrail.Pending entry, String prevHash, String hash)
                throws SQLException {
            StringBuilder time = new StringBuilder(26);
            UtcText.datetime(recordedAt, time);
            statement.setLong(1, seq);
            statement.setString(2, time.toString());
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
            if (seq % BATCH == 0) {
                statement.executeBatch();
            }
        }

        @Override
        public void finish() throws SQLException {
            statement.executeBatch();
        }
    }
}
