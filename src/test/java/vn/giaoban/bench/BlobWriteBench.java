package vn.giaoban.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Random;

import com.mysql.cj.jdbc.JdbcConnection;

/**
 * What writing one signed PDF into a row costs on MySQL/MariaDB, the way Hibernate writes it (a client-side
 * prepared statement: Connector/J turns the bytes into a hex literal of twice the size, which the server parses)
 * against a server-side prepared statement (the bytes sent as they are). Alternating rounds; each prints the
 * client's and the database server's CPU per write (/proc/<pid>/stat). Not a test:
 * {@code java -cp … vn.giaoban.bench.BlobWriteBench JDBC_URL WRITES_PER_ROUND} with {@code BENCH_DATABASE_PID}.
 */
public final class BlobWriteBench {

    private static final String UPDATE = "UPDATE bench_blob_write SET pdf = ? WHERE id = 1";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int writes = Integer.parseInt(args[1]);
        ProcessCpu database = ProcessCpu.fromEnvironment("BENCH_DATABASE_PID");
        byte[] pdf = new byte[87_304]; // the seventh run's signed minutes
        new Random(1).nextBytes(pdf);
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS bench_blob_write (id BIGINT PRIMARY KEY, pdf LONGBLOB)");
                ddl.execute("REPLACE INTO bench_blob_write VALUES (1, x'00')");
            }
            connection.setAutoCommit(false);
            JdbcConnection mysql = connection.unwrap(JdbcConnection.class);
            for (int round = 0; round < 6; round++) {
                boolean serverSide = round % 2 == 1;
                ProcessCpu.Since client = ProcessCpu.since(ProcessCpu.self());
                ProcessCpu.Since server = ProcessCpu.since(database);
                long start = System.nanoTime();
                for (int i = 0; i < writes; i++) {
                    pdf[i % pdf.length]++;
                    write(serverSide ? mysql.serverPrepareStatement(UPDATE) : connection.prepareStatement(UPDATE), pdf);
                    connection.commit();
                }
                System.out.printf(Locale.ROOT, "{\"mode\":\"blob-write\",\"statement\":\"%s\",\"writes\":%d,"
                                + "\"msPerWrite\":%.2f,\"clientCpuMsPerWrite\":%s,\"databaseCpuMsPerWrite\":%s}%n",
                        serverSide ? "server-prepared" : "client-prepared", writes,
                        (System.nanoTime() - start) / 1e6 / writes, client.perUnitJson(writes),
                        server.perUnitJson(writes));
            }
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE bench_blob_write");
            }
        }
    }

    private static void write(PreparedStatement statement, byte[] pdf) throws SQLException {
        try (statement) {
            statement.setBytes(1, pdf);
            statement.executeUpdate();
        }
    }
}
