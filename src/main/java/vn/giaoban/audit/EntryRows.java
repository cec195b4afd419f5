package vn.giaoban.audit;

import java.sql.SQLException;
import java.time.Instant;

/** Where an append writes its entries, in chain order: JDBC batches of one bound insert, or inserts as text. */
interface EntryRows {

    String INSERT_INTO = "INSERT INTO audit_entry (seq, recorded_at, actor_id, actor_name, action, briefing_id,"
            + " stage_before, stage_after, detail, prev_hash, hash) VALUES ";

    /** Rows sent to the database at a time. */
    int BATCH = 100;

    /** {@code recordedAt} as hashed: truncated to microseconds. */
    void add(long seq, Instant recordedAt, AuditTrail.Pending entry, String prevHash, String hash) throws SQLException;

    /** Sends what {@link #add} has kept back. */
    void finish() throws SQLException;
}
