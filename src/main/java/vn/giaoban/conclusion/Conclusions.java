package vn.giaoban.conclusion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The chair's conclusions as drafted by the secretariat: text plus the directive list. */
@Entity
@Table(name = "conclusions")
public class Conclusions {

    @Id
    private Long briefingId;
    private String content;
    private int revision;
    private long updatedById;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "directive", joinColumns = @JoinColumn(name = "briefing_id"))
    @OrderColumn(name = "position_no")
    private List<Directive> directives = new ArrayList<>();

    protected Conclusions() {
    }

    Conclusions(long briefingId) {
        this.briefingId = briefingId;
    }

    void revise(String content, List<Directive> directives, long authorId, Instant at) {
        this.content = content;
        this.directives.clear();
        this.directives.addAll(directives);
        this.revision++;
        this.updatedById = authorId;
        this.updatedAt = at;
    }

    public long getBriefingId() {
        return briefingId;
    }

    public String getContent() {
        return content;
    }

    public int getRevision() {
        return revision;
    }

    public long getUpdatedById() {
        return updatedById;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Directive> getDirectives() {
        return List.copyOf(directives);
    }
}
