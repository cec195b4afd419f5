package vn.giaoban.briefing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giaoban.common.ProblemException;
import vn.giaoban.security.Actor;

/**
 * The aggregate at the centre of the service: one quarterly briefing of one organisation. It decides who belongs to
 * it and which stage may follow which; everything else (report, contributions, conclusions, minutes) hangs off its id.
 */
@Entity
@Table(name = "briefing")
@EntityListeners(BriefingChanges.RowListener.class)
public class Briefing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long organizationId;
    private String title;
    private String quarter;
    private Instant scheduledAt;
    private int utcOffsetSeconds;
    private String location;
    private long chairId;
    private long recorderId;

    // Every use of a briefing asks who belongs to it (visibility, roles): read with the row, in the same statement
    // when it is found by id, rather than by a second select in every transaction.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "briefing_participant", joinColumns = @JoinColumn(name = "briefing_id"))
    @OrderColumn(name = "position_no")
    @Column(name = "user_id")
    private List<Long> participantIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Stage stage;
    private String cancelReason;
    private Instant discussionClosedAt;
    private long createdById;
    private Instant createdAt;
    @Version
    private long version;

    protected Briefing() {
    }

    Briefing(long organizationId, String title, String quarter, OffsetDateTime scheduledAt, String location,
             long chairId, long recorderId, List<Long> participantIds, long createdById, Instant createdAt) {
        this.organizationId = organizationId;
        this.title = title;
        this.quarter = quarter;
        this.scheduledAt = scheduledAt.toInstant();
        this.utcOffsetSeconds = scheduledAt.getOffset().getTotalSeconds();
        this.location = location;
        this.chairId = chairId;
        this.recorderId = recorderId;
        this.participantIds = new ArrayList<>(participantIds);
        this.createdById = createdById;
        this.createdAt = createdAt;
        this.stage = Stage.SCHEDULED;
    }

    /** Moves to the stage the process has reached; refuses a move the flow does not allow. */
    public void enter(Stage next) {
        if (!stage.next().contains(next)) {
            throw ProblemException.conflict("briefing.illegalTransition", stage.label(), next.label());
        }
        stage = next;
    }

    /** Refuses (409) an action meant for another stage. */
    public void requireStage(Stage expected) {
        if (stage != expected) {
            throw ProblemException.conflict("briefing.wrongStage", stage.label(), expected.label());
        }
    }

    /** Records why the briefing is called off; the process then moves it to {@link Stage#CANCELLED}. */
    void requestCancellation(String reason) {
        if (!stage.isCancellable()) {
            throw ProblemException.conflict("briefing.notCancellable", stage.label());
        }
        this.cancelReason = reason;
    }

    /** Ends the discussion; its time is the meeting's closing time on the minutes. */
    public void closeDiscussion(Instant at) {
        requireStage(Stage.DISCUSSION);
        this.discussionClosedAt = at;
    }

    public boolean isVisibleTo(Actor actor) {
        return Membership.mayBeSeenBy(actor, organizationId, isMember(actor.id()));
    }

    /** A copy of who belongs, to keep after the transaction (see {@link BriefingVisibility}). */
    public Membership membership() {
        return new Membership(organizationId, chairId, recorderId, Set.copyOf(participantIds));
    }

    /** Secretariat staff of the organising body. */
    public boolean isSecretariat(Actor actor) {
        return actor.isSecretariatOf(organizationId);
    }

    public boolean isChair(Actor actor) {
        return chairId == actor.id();
    }

    /** Chair, recorder or participant. */
    public boolean isMember(long userId) {
        return chairId == userId || recorderId == userId || participantIds.contains(userId);
    }

    /** Chair, recorder and participants, in that order. */
    public List<Long> memberIds() {
        List<Long> ids = new ArrayList<>(participantIds.size() + 2);
        ids.add(chairId);
        ids.add(recorderId);
        ids.addAll(participantIds);
        return ids;
    }

    public boolean isParticipant(long userId) {
        return participantIds.contains(userId);
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getTitle() {
        return title;
    }

    public String getQuarter() {
        return quarter;
    }

    /** The meeting's start, in the offset it was scheduled with. */
    public OffsetDateTime getScheduledAt() {
        return scheduledAt.atOffset(ZoneOffset.ofTotalSeconds(utcOffsetSeconds));
    }

    public String getLocation() {
        return location;
    }

    public long getChairId() {
        return chairId;
    }

    public long getRecorderId() {
        return recorderId;
    }

    public List<Long> getParticipantIds() {
        return List.copyOf(participantIds);
    }

    public Stage getStage() {
        return stage;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getDiscussionClosedAt() {
        return discussionClosedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
