package vn.giaoban.audit;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Entries as the text of inserts of {@link #BATCH} rows, for MySQL and MariaDB. Connector/J rewrites a batch of a
 * bound insert into such a text itself ({@code rewriteBatchedStatements}), but on the way it binds, copies, measures
 * and escapes each of an entry's eleven values as an object: at a download spike that was nearly all of the audit's
 * appending thread, on which the downloads wait. {@code AuditInsertBench} (100 000 entries in transactions of 5 000,
 * four alternating rounds): 5.1–5.9 µs of the client's CPU an entry that way, 1.3–2.0 µs written here; the server's
 * share, 8–9 µs, is the same for both.
 *
 * <p>The time is written as the UTC wall time with its microseconds, which a {@code DATETIME(6)} stores as written.
 * Bound as a time, Connector/J would drop its fraction ({@code sendFractionalSeconds=false}, which the process engine
 * needs), while the entry is hashed with it: entries failed verification as changed.
 *
 * <p>Numbers, the time and the hashes are written by this service in digits and hex. Any other text is written
 * between quotes only when it holds no quote, backslash or control character; otherwise as its UTF-8 bytes in hex
 * ({@code _utf8mb4 X'…'}), which the server reads the same whatever its {@code sql_mode} says of backslashes.
 */
final class EntryInsertText implements EntryRows {

    private final Statement statement;
    private final StringBuilder sql = new StringBuilder(INSERT_INTO.length() + BATCH * 280);
    private int rows;

    EntryInsertText(Statement statement) throws SQLException {
        this.statement = statement;
        // Plain SQL with no JDBC escape syntax ({fn …}, {d …}) outside its quoted texts, which Connector/J leaves
        // alone anyway: no need for it to scan each 26 KB statement for escapes.
        statement.setEscapeProcessing(false);
    }

    @Override
    public void add(long seq, Instant recordedAt, AuditTrail.Pending entry, String prevHash, String hash)
            throws SQLException {
        sql.append(rows == 0 ? INSERT_INTO : ",").append('(').append(seq).append(",'");
        UtcText.datetime(recordedAt, sql);
        sql.append("',");
        number(entry.actorId());
        sql.append(',');
        text(entry.actorName(), sql);
        sql.append(',');
        text(entry.action(), sql);
        sql.append(',');
        number(entry.briefingId());
        sql.append(',');
        text(entry.stageBefore(), sql);
        sql.append(',');
        text(entry.stageAfter(), sql);
        sql.append(',');
        text(entry.detail(), sql);
        sql.append(",'").append(prevHash).append("','").append(hash).append("')");
        if (++rows == BATCH) {
            finish();
        }
    }

    @Override
    public void finish() throws SQLException {
        if (rows > 0) {
            statement.executeUpdate(sql.toString());
            sql.setLength(0);
            rows = 0;
        }
    }

    private void number(Long value) {
        if (value == null) {
            sql.append("NULL");
        } else {
            sql.append(value.longValue());
        }
    }

    /** A string literal that means {@code value} on any MySQL or MariaDB server, or NULL. */
    static void text(String value, StringBuilder out) {
        if (value == null) {
            out.append("NULL");
        } else if (quotable(value)) {
            out.append('\'').append(value).append('\'');
        } else {
            out.append("_utf8mb4 X'").append(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)))
                    .append('\'');
        }
    }

    private static boolean quotable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\' || c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
