package vn.giaoban.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit trail, chained to the line before by its hash. */
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

    AuditEntry(long seq, Instant recordedAt, Long actorId, String actorName, String action, Long briefingId,
               String stageBefore, String stageAfter, String detail, String prevHash) {
        this.seq = seq;
        // Stored with microseconds on every database, so the hash is computed over what is read back.
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.briefingId = briefingId;
        this.stageBefore = stageBefore;
        this.stageAfter = stageAfter;
        this.detail = detail;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** SHA-256 over every field and the previous hash, with unambiguous separators. */
    String computeHash() {
        String content = String.join("\u001F", Long.toString(seq), recordedAt.toString(),
                String.valueOf(actorId), actorName, action, String.valueOf(briefingId), String.valueOf(stageBefore),
                String.valueOf(stageAfter), String.valueOf(detail), prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
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
