package vn.giaoban.minutes;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.briefing.BriefingVisibility;
import vn.giaoban.common.ProblemException;
import vn.giaoban.security.Actor;

/**
 * Serves published documents to everyone who may see the briefing. Published bytes never change, so they are kept in
 * a bounded in-memory cache after the first read: a download spike reads the database once per document.
 */
@Service
class DocumentDownloads {

    /** A published document's bytes and, where it could be written, the same bytes as a file ({@link PublishedFiles}). */
    record Published(byte[] pdf, String sha256, String fileName, Path file) {
    }

    record SignatureView(String role, String signer, Instant signedAt, boolean external) {
    }

    record DocumentView(DocumentKind kind, String number, LocalDate issuedOn, String status, String sha256,
                        Instant publishedAt, List<SignatureView> signatures) {
    }

    private record Key(long briefingId, DocumentKind kind) {
    }

    /**
     * Each PDF weighs its size. A sixteenth of the heap, at most 64 MB: 16 MB (about a hundred briefings' documents)
     * with the 256 MB heap the service is measured with. A download spike is on one briefing's two documents; a
     * larger cache only fills the old generation with documents nobody asks for again, and with 64 MB the
     * H2-backed service spent a third of its CPU in full collections after a few thousand briefings.
     */
    private static final long CACHED_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16);

    private final OfficialDocumentRepository documents;
    private final PdfColumn pdfs;
    private final BriefingAccess access;
    private final BriefingVisibility visibility;
    private final SignatureVerifier verifier;
    private final PublishedFiles files;
    private final TransactionTemplate readOnly;
    private final Cache<Key, Published> cache = Caffeine.newBuilder()
            .maximumWeight(CACHED_BYTES)
            .weigher((Key key, Published published) -> published.pdf().length)
            .build();
    /**
     * Published bytes never change, so their verification is computed once, when first asked for, not with the first
     * download: at publication every participant downloads at once and none of them waits for it.
     */
    private final Cache<Key, SignatureVerifier.Report> verifications = Caffeine.newBuilder()
            .maximumSize(4096)
            .build();

    DocumentDownloads(OfficialDocumentRepository documents, PdfColumn pdfs, BriefingAccess access,
                      BriefingVisibility visibility, SignatureVerifier verifier, PublishedFiles files,
                      PlatformTransactionManager transactions) {
        this.documents = documents;
        this.pdfs = pdfs;
        this.access = access;
        this.visibility = visibility;
        this.verifier = verifier;
        this.files = files;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The published document, for anyone who may see the briefing. After the first read neither the permission check
     * nor the bytes touch the database: during a download spike each request costs a few map look-ups. Concurrent
     * first reads of one document wait for a single database read.
     */
    Published published(long briefingId, DocumentKind kind, Actor actor) {
        visibility.requireVisible(briefingId, actor);
        return cache.get(new Key(briefingId, kind), key -> readOnly.execute(status -> load(key)));
    }

    /** The signatures of the published document, checked once. */
    SignatureVerifier.Report verification(long briefingId, DocumentKind kind, Actor actor) {
        Published published = published(briefingId, kind, actor);
        return verifications.get(new Key(briefingId, kind), key -> verifier.verify(published.pdf()));
    }

    private Published load(Key key) {
        OfficialDocument document = documents.findByBriefingIdAndKind(key.briefingId(), key.kind())
                .filter(OfficialDocument::isPublished)
                .orElseThrow(() -> ProblemException.conflict(key.kind() == DocumentKind.MINUTES
                        ? "minutes.notPublished" : "document.notPublished"));
        byte[] pdf = pdfs.read(document);
        return new Published(pdf, document.sha256(), key.kind().fileStem() + "-" + key.briefingId() + ".pdf",
                files.fileOf(document.sha256(), pdf));
    }

    /** The briefing's documents and how far each has come (numbers, signatures, publication). */
    @Transactional(readOnly = true)
    List<DocumentView> list(long briefingId, Actor actor) {
        access.visible(briefingId, actor);
        return documents.findByBriefingIdOrderByKindAsc(briefingId).stream()
                .map(d -> new DocumentView(d.kind(), d.numberLabel(), d.issuedOn(), d.status().name(),
                        d.isPublished() ? d.sha256() : null, d.publishedAt(),
                        d.signatures().stream().map(s -> new SignatureView(s.signerRole().name(), s.signerName(),
                                s.signedAt(), s.external())).toList()))
                .toList();
    }
}
