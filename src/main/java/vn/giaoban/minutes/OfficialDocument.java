package vn.giaoban.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import jakarta.persistence.Version;

/**
 * One official document of a briefing (minutes or conclusion notice): rendered once and numbered, then signed by
 * incremental updates, then published. After publication its bytes never change, so every download is identical.
 */
@Entity
@Table(name = "official_document")
// Publication changes the status only: without this every update rewrote the PDF column as well.
@DynamicUpdate
class OfficialDocument {

    enum Status { RENDERED, SIGNED, PUBLISHED }

    @Embeddable
    static class Signature {
        @Enumerated(EnumType.STRING)
        private SignerRole signerRole;
        private long signerId;
        private String signerName;
        private Instant signedAt;
        private boolean external;

        protected Signature() {
        }

        Signature(SignerRole signerRole, long signerId, String signerName, Instant signedAt, boolean external) {
            this.signerRole = signerRole;
            this.signerId = signerId;
            this.signerName = signerName;
            this.signedAt = signedAt;
            this.external = external;
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

        boolean external() {
            return external;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long briefingId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private int numberValue;
    private String numberLabel;
    private LocalDate issuedOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    /**
     * The bytes of the row's {@code pdf} column, which Hibernate neither reads nor writes: {@link PdfColumn} writes
     * them after the insert and after each signature, and reads them only where they are needed (signing, the first
     * download). Mapped, they came with every load of the document, publication and the list of documents included,
     * and Hibernate kept a copy of each for its dirty check.
     */
    @Transient
    private byte[] pdf;
    private String sha256;
    private String signatureBoxes;
    private Instant renderedAt;
    private Instant publishedAt;
    @Version
    private long version;

    // Both documents of a briefing are often read together: their signatures then come in one statement.
    @Fetch(FetchMode.SUBSELECT)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "official_document_signature", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "seq")
    private List<Signature> signatures = new ArrayList<>();

    protected OfficialDocument() {
    }

    OfficialDocument(long briefingId, DocumentKind kind, int numberValue, String numberLabel, LocalDate issuedOn,
                     RenderedDocument rendered, Instant renderedAt) {
        this.briefingId = briefingId;
        this.kind = kind;
        this.numberValue = numberValue;
        this.numberLabel = numberLabel;
        this.issuedOn = issuedOn;
        this.pdf = rendered.pdf();
        this.sha256 = SignatureVerifier.sha256(rendered.pdf());
        this.signatureBoxes = SignatureBox.format(rendered.signatureBoxes());
        this.renderedAt = renderedAt;
        this.status = Status.RENDERED;
    }

    boolean isSignedBy(SignerRole role) {
        return signatures.stream().anyMatch(s -> s.signerRole() == role);
    }

    /** Replaces the bytes with the same document plus one more signature (an incremental update). */
    void addSignature(SignerRole role, long signerId, String signerName, Instant at, byte[] signedPdf,
                      boolean external) {
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("Published documents are never changed");
        }
        if (signedPdf.length <= pdf().length) {
            throw new IllegalStateException("A signature must extend the document");
        }
        signatures.add(new Signature(role, signerId, signerName, at, external));
        pdf = signedPdf;
        sha256 = SignatureVerifier.sha256(signedPdf);
        status = Status.SIGNED;
    }

    void publish(Instant at) {
        for (SignerRole required : kind.signers()) {
            if (!isSignedBy(required)) {
                throw new IllegalStateException(kind + " is published only when " + required + " has signed");
            }
        }
        if (status != Status.PUBLISHED) {
            status = Status.PUBLISHED;
            publishedAt = at;
        }
    }

    Optional<SignatureBox> box(SignerRole role) {
        return SignatureBox.parse(signatureBoxes).stream().filter(b -> b.role() == role).findFirst();
    }

    boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    long id() {
        return id;
    }

    long briefingId() {
        return briefingId;
    }

    DocumentKind kind() {
        return kind;
    }

    int numberValue() {
        return numberValue;
    }

    String numberLabel() {
        return numberLabel;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    Status status() {
        return status;
    }

    /** The bytes, once written or read by {@link PdfColumn}. */
    byte[] pdf() {
        if (pdf == null) {
            throw new IllegalStateException("The bytes of document " + id + " have not been read");
        }
        return pdf;
    }

    boolean hasBytes() {
        return pdf != null;
    }

    /** The bytes {@link PdfColumn} read from the row. */
    void bytesRead(byte[] bytes) {
        pdf = bytes;
    }

    String sha256() {
        return sha256;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    List<Signature> signatures() {
        return List.copyOf(signatures);
    }
}
