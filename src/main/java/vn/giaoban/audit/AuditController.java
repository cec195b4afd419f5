package vn.giaoban.audit;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: read the trail, and check that no entry was changed, removed or inserted. */
@RestController
class AuditController {

    record Verification(boolean valid, long entries, Long firstBrokenSeq, String problem) {
    }

    private final AuditEntryRepository entries;
    private final AuditHeadRepository heads;

    AuditController(AuditEntryRepository entries, AuditHeadRepository heads) {
        this.entries = entries;
        this.heads = heads;
    }

    @GetMapping("/api/audit")
    @Transactional(readOnly = true)
    List<AuditEntry> list(@RequestParam(required = false) Long briefingId) {
        return briefingId == null ? entries.findTop500ByOrderBySeqDesc()
                : entries.findByBriefingIdOrderBySeqAsc(briefingId);
    }

    /** Walks the whole chain in order, recomputing every hash, and compares its end with the head. */
    @GetMapping("/api/audit/verification")
    @Transactional(readOnly = true)
    Verification verify() {
        AuditHead head = heads.findById(1).orElseThrow();
        String previous = "0".repeat(64);
        long expected = 1;
        long count = 0;
        EntryHash hash = new EntryHash();
        while (true) {
            List<AuditEntry> page = entries.page(expected - 1, PageRequest.of(0, 1000));
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry e : page) {
                if (e.getSeq() != expected) {
                    return new Verification(false, count, expected, "missing");
                }
                if (!e.prevHash().equals(previous)) {
                    return new Verification(false, count, e.getSeq(), "chain broken");
                }
                if (!e.computeHash(hash).equals(e.hash())) {
                    return new Verification(false, count, e.getSeq(), "changed");
                }
                previous = e.hash();
                expected++;
                count++;
            }
        }
        if (head.lastSeq() != count || !head.lastHash().equals(previous)) {
            return new Verification(false, count, count + 1, "missing at the end");
        }
        return new Verification(true, count, null, null);
    }
}
