package vn.giaoban.discussion;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one speaker said, numbered in the order it was recorded. */
@Entity
@Table(name = "contribution")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long briefingId;
    private int seq;
    private long speakerId;
    @Enumerated(EnumType.STRING)
    private ContributionKind kind;
    private String content;
    private long recordedById;
    private Instant recordedAt;

    protected Contribution() {
    }

    Contribution(long briefingId, int seq, long speakerId, ContributionKind kind, String content, long recordedById,
                 Instant recordedAt) {
        this.briefingId = briefingId;
        this.seq = seq;
        this.speakerId = speakerId;
        this.kind = kind;
        this.content = content;
        this.recordedById = recordedById;
        this.recordedAt = recordedAt;
    }

    /** Corrects what was recorded, while the discussion is still open. */
    void revise(ContributionKind newKind, String newContent) {
        this.kind = newKind;
        this.content = newContent;
    }

    public long getBriefingId() {
        return briefingId;
    }

    public Long getId() {
        return id;
    }

    public int getSeq() {
        return seq;
    }

    public long getSpeakerId() {
        return speakerId;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public String getContent() {
        return content;
    }

    public long getRecordedById() {
        return recordedById;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
