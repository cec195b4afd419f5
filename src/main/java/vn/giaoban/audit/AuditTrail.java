package vn.giaoban.audit;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.security.Actor;
import vn.giaoban.security.CurrentActor;

/**
 * Appends to the audit trail, in the caller's transaction: an entry exists exactly when the change it records was
 * committed. Who acted is taken from the login; the service's own steps (process jobs) are recorded as the system.
 */
@Service
public class AuditTrail {

    public static final String SYSTEM = "hệ thống";

    private final AuditEntryRepository entries;
    private final AuditHeadRepository heads;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AuditHeadRepository heads, Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, Long briefingId, String stageBefore, String stageAfter, String detail) {
        Actor actor = CurrentActor.get().orElse(null);
        AuditHead head = heads.lock().orElseThrow();
        AuditEntry entry = new AuditEntry(head.lastSeq() + 1, clock.instant(), actor == null ? null : actor.id(),
                actor == null ? SYSTEM : actor.username(), action, briefingId, stageBefore, stageAfter,
                detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail, head.lastHash());
        entries.save(entry);
        head.advance(entry);
    }

    /** For reads that leave a trace (downloads): appends in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String action, Long briefingId, String detail) {
        record(action, briefingId, null, null, detail);
    }

}
