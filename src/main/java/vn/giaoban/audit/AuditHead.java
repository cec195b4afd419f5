package vn.giaoban.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain: the last sequence number and hash. */
@Entity
@Table(name = "audit_head")
class AuditHead {

    @Id
    private int id;
    private long lastSeq;
    private String lastHash;

    protected AuditHead() {
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AuditEntry entry) {
        this.lastSeq = entry.getSeq();
        this.lastHash = entry.hash();
    }
}
