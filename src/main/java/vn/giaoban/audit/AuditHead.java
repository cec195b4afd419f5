package vn.giaoban.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain: the last sequence number and hash. Read through this entity; AuditTrail moves it by JDBC. */
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
}
