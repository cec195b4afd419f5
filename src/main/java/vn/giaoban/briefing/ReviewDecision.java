package vn.giaoban.briefing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision of the chair on the report or the conclusions, kept for the record and for the next draft. */
@Entity
@Table(name = "review_decision")
public class ReviewDecision {

    public enum Subject { REPORT, CONCLUSIONS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long briefingId;
    @Enumerated(EnumType.STRING)
    private Subject subject;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String comment;
    private long reviewerId;
    private Instant decidedAt;

    protected ReviewDecision() {
    }

    public ReviewDecision(long briefingId, Subject subject, Decision decision, String comment, long reviewerId,
                          Instant decidedAt) {
        this.briefingId = briefingId;
        this.subject = subject;
        this.decision = decision;
        this.comment = comment;
        this.reviewerId = reviewerId;
        this.decidedAt = decidedAt;
    }

    public Subject getSubject() {
        return subject;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public long getReviewerId() {
        return reviewerId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
