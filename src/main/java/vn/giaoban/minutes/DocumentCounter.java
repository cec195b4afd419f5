package vn.giaoban.minutes;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last number given to a document type of an organisation in a period (a year). */
@Entity
@Table(name = "document_counter")
class DocumentCounter {

    @Embeddable
    record Key(@Column(name = "organization_id") long organizationId,
               @Column(name = "doc_type") String docType,
               @Column(name = "period") int period) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private int lastNumber;

    protected DocumentCounter() {
    }

    DocumentCounter(Key key) {
        this.key = key;
    }

    int next() {
        return ++lastNumber;
    }
}
