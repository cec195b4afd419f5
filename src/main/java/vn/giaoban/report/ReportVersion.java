package vn.giaoban.report;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved state of the draft summary report. Versions are never changed, only added. */
@Entity
@Table(name = "report_version")
public class ReportVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long briefingId;
    private int versionNo;
    private String content;
    private long authorId;
    private Instant createdAt;

    protected ReportVersion() {
    }

    ReportVersion(long briefingId, int versionNo, String content, long authorId, Instant createdAt) {
        this.briefingId = briefingId;
        this.versionNo = versionNo;
        this.content = content;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getContent() {
        return content;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
