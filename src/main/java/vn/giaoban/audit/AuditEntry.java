package vn.giaoban.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit trail, chained to the line before by its hash. {@link AuditTrail} appends it with plain JDBC;
 * it is read through this entity.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private long seq;
    private Instant recordedAt;
    private Long actorId;
    private String actorName;
    private String action;
    private Long briefingId;
    private String stageBefore;
    private String stageAfter;
    private String detail;
    private String prevHash;
    private String hash;

    protected AuditEntry() {
    }

    /** This entry's hash recomputed from its fields, to compare with the stored one. */
    String computeHash(EntryHash hash) {
        return hash.of(seq, recordedAt, actorId, actorName, action, briefingId, stageBefore, stageAfter,
                detail, prevHash);
    }

    public long getSeq() {
        return seq;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public Long getBriefingId() {
        return briefingId;
    }

    public String getStageBefore() {
        return stageBefore;
    }

    public String getStageAfter() {
        return stageAfter;
    }

    public String getDetail() {
        return detail;
    }

    Long actorId() {
        return actorId;
    }

    String prevHash() {
        return prevHash;
    }

    String hash() {
        return hash;
    }
}
