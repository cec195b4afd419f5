package vn.giaoban.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
     * The whole PDF, which Hibernate neither reads nor writes: {@link PdfRevisions} stores it as revisions (the
     * rendered bytes, then what each signature appended) and reads them only where they are needed (signing, the
     * first download). Mapped, they came with every load of the document, publication and the list of documents
     * included, and Hibernate kept a copy of each for its dirty check.
     */
    @Transient
    private byte[] pdf;
    /**
     * Where in {@link #pdf} the revision that {@link PdfRevisions} has yet to store begins; null when there is none.
     * Its number is the count of signatures: 0 for the rendered PDF, n for what the n-th signature appended.
     */
    @Transient
    private Integer unstoredFrom;
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
        this.unstoredFrom = 0;
        this.sha256 = SignatureVerifier.sha256(rendered.pdf());
        this.signatureBoxes = SignatureBox.format(rendered.signatureBoxes());
        this.renderedAt = renderedAt;
        this.status = Status.RENDERED;
    }

    boolean isSignedBy(SignerRole role) {
        return signatures.stream().anyMatch(s -> s.signerRole() == role);
    }

    /**
     * A revision of the document's bytes: revision 0 is the rendered PDF, revision n what the n-th signature appended,
     * from byte {@code from} of the whole.
     */
    record Revision(int number, int from) {
    }

    /**
     * Extends the bytes with one more signature (an incremental update), which {@link PdfRevisions} then stores as the
     * document's next revision: the bytes signed before must come through unchanged.
     */
    void addSignature(SignerRole role, long signerId, String signerName, Instant at, byte[] signedPdf,
                      boolean external) {
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("Published documents are never changed");
        }
        if (unstoredFrom != null) {
            throw new IllegalStateException("Revision " + signatures.size() + " of document " + id
                    + " is not stored yet");
        }
        byte[] before = pdf();
        if (signedPdf.length <= before.length
                || !Arrays.equals(signedPdf, 0, before.length, before, 0, before.length)) {
            throw new IllegalStateException("A signature must extend the document, leaving its bytes as they were");
        }
        signatures.add(new Signature(role, signerId, signerName, at, external));
        unstoredFrom = before.length;
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

    /** The bytes, once written or read by {@link PdfRevisions}. */
    byte[] pdf() {
        if (pdf == null) {
            throw new IllegalStateException("The bytes of document " + id + " have not been read");
        }
        return pdf;
    }

    boolean hasBytes() {
        return pdf != null;
    }

    /** The bytes {@link PdfRevisions} read from the document's stored revisions. */
    void bytesRead(byte[] bytes) {
        pdf = bytes;
    }

    /** The revision {@link PdfRevisions} is to store next. */
    Optional<Revision> unstoredRevision() {
        return Optional.ofNullable(unstoredFrom).map(from -> new Revision(signatures.size(), from));
    }

    /** {@link PdfRevisions} has stored the revision at the end of the bytes. */
    void revisionStored() {
        unstoredFrom = null;
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
