package vn.giaoban.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The minutes of one briefing: rendered once, then signed by the recorder and the chair, then published. After
 * publication the bytes never change, so every download is byte-identical.
 */
@Entity
@Table(name = "minutes_document")
class MinutesDocument {

    enum Status { RENDERED, SIGNED, PUBLISHED }

    enum SignerRole { RECORDER, CHAIR }

    @Embeddable
    static class Signature {
        @Enumerated(EnumType.STRING)
        private SignerRole signerRole;
        private long signerId;
        private String signerName;
        private Instant signedAt;

        protected Signature() {
        }

        Signature(SignerRole signerRole, long signerId, String signerName, Instant signedAt) {
            this.signerRole = signerRole;
            this.signerId = signerId;
            this.signerName = signerName;
            this.signedAt = signedAt;
        }

        SignerRole signerRole() {
            return signerRole;
        }

        String signerName() {
            return signerName;
        }

        Instant signedAt() {
            return signedAt;
        }
    }

    @Id
    private Long briefingId;
    private int numberValue;
    private String numberLabel;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "pdf")
    private byte[] pdf;
    private String sha256;
    private Instant renderedAt;
    private Instant publishedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "minutes_signature", joinColumns = @JoinColumn(name = "briefing_id"))
    @OrderColumn(name = "seq")
    private List<Signature> signatures = new ArrayList<>();

    protected MinutesDocument() {
    }

    MinutesDocument(long briefingId, int numberValue, String numberLabel, byte[] pdf, Instant renderedAt) {
        this.briefingId = briefingId;
        this.numberValue = numberValue;
        this.numberLabel = numberLabel;
        this.pdf = pdf;
        this.sha256 = SignatureVerifier.sha256(pdf);
        this.renderedAt = renderedAt;
        this.status = Status.RENDERED;
    }

    boolean isSignedBy(SignerRole role) {
        return signatures.stream().anyMatch(s -> s.signerRole() == role);
    }

    /** Replaces the bytes with the same document plus one more signature (an incremental update). */
    void addSignature(SignerRole role, long signerId, String signerName, Instant at, byte[] signedPdf) {
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("Published minutes are never changed");
        }
        if (signedPdf.length <= pdf.length) {
            throw new IllegalStateException("A signature must extend the document");
        }
        signatures.add(new Signature(role, signerId, signerName, at));
        pdf = signedPdf;
        sha256 = SignatureVerifier.sha256(signedPdf);
        status = Status.SIGNED;
    }

    void publish(Instant at) {
        if (!isSignedBy(SignerRole.RECORDER) || !isSignedBy(SignerRole.CHAIR)) {
            throw new IllegalStateException("Minutes are published only when both have signed");
        }
        if (status != Status.PUBLISHED) {
            status = Status.PUBLISHED;
            publishedAt = at;
        }
    }

    boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    byte[] pdf() {
        return pdf;
    }

    String sha256() {
        return sha256;
    }

    String numberLabel() {
        return numberLabel;
    }

    List<Signature> signatures() {
        return List.copyOf(signatures);
    }
}
