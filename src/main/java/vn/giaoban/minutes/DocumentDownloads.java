package vn.giaoban.minutes;

import java.io.IOException;
import java.nio.file.Files;
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
 * Serves published documents to everyone who may see the briefing. A published document never changes, so after the
 * first read what a download needs is kept in a bounded in-memory cache: a download spike reads the database once per
 * document. That is its file ({@link PublishedFiles}), sent by {@code sendfile}, and only where no file could be
 * written, its bytes.
 */
@Service
class DocumentDownloads {

    /**
     * A published document: its file, or where none could be written ({@code file} null), its bytes in {@code pdf}.
     * The bytes themselves are {@link #bytes}.
     */
    record Published(long briefingId, DocumentKind kind, String sha256, int length, String fileName, Path file,
                     byte[] pdf) {
    }

    record SignatureView(String role, String signer, Instant signedAt, boolean external) {
    }

    record DocumentView(DocumentKind kind, String number, LocalDate issuedOn, String status, String sha256,
                        Instant publishedAt, List<SignatureView> signatures) {
    }

    private record Key(long briefingId, DocumentKind kind) {
    }

    /**
     * Bytes held in memory weigh their size; a document held as its file weighs {@link #FILE_WEIGHT}. A sixteenth of
     * the heap, at most 64 MB: 16 MB with the 256 MB heap the service is measured with. A larger cache only fills the
     * old generation with documents nobody asks for again: with 64 MB of bytes the H2-backed service spent a third of
     * its CPU in full collections after a few thousand briefings. Since the documents are files, the cache keeps
     * their names, not their bytes: the bytes of 313 documents were up to 16 MB of the 116 MB the heap kept after
     * five minutes of the lifecycle benchmark (a class histogram; 100.7 MB without them), room the old generation now
     * has between full collections.
     */
    private static final long CACHED_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16);
    /** About what an entry held as a file keeps: the record, its names and the path. */
    private static final int FILE_WEIGHT = 512;

    private final OfficialDocumentRepository documents;
    private final PdfRevisions pdfs;
    private final BriefingAccess access;
    private final BriefingVisibility visibility;
    private final SignatureVerifier verifier;
    private final PublishedFiles files;
    private final TransactionTemplate readOnly;
    private final Cache<Key, Published> cache = Caffeine.newBuilder()
            .maximumWeight(CACHED_BYTES)
            .weigher((Key key, Published published) -> published.file() == null ? published.length() : FILE_WEIGHT)
            .build();
    /**
     * Published bytes never change, so their verification is computed once, when first asked for, not with the first
     * download: at publication every participant downloads at once and none of them waits for it.
     */
    private final Cache<Key, SignatureVerifier.Report> verifications = Caffeine.newBuilder()
            .maximumSize(4096)
            .build();

    DocumentDownloads(OfficialDocumentRepository documents, PdfRevisions pdfs, BriefingAccess access,
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
        return verifications.get(new Key(briefingId, kind), key -> verifier.verify(bytes(published)));
    }

    /**
     * The document's bytes: those held in memory, or its file's, or, when the file is gone or is not the document
     * any more, the database's (writing the file again). Downloads take the file itself; this is for the rest.
     */
    byte[] bytes(Published published) {
        if (published.file() == null) {
            return published.pdf();
        }
        try {
            byte[] pdf = Files.readAllBytes(published.file());
            if (SignatureVerifier.sha256(pdf).equals(published.sha256())) {
                return pdf;
            }
        } catch (IOException gone) {
            // Read from the database below.
        }
        byte[] pdf = readOnly.execute(status -> pdfs.read(publishedDocument(published.briefingId(), published.kind())));
        files.fileOf(published.sha256(), pdf);
        return pdf;
    }

    private Published load(Key key) {
        OfficialDocument document = publishedDocument(key.briefingId(), key.kind());
        byte[] pdf = pdfs.read(document);
        Path file = files.fileOf(document.sha256(), pdf);
        return new Published(key.briefingId(), key.kind(), document.sha256(), pdf.length,
                key.kind().fileStem() + "-" + key.briefingId() + ".pdf", file, file == null ? pdf : null);
    }

    private OfficialDocument publishedDocument(long briefingId, DocumentKind kind) {
        return documents.findByBriefingIdAndKind(briefingId, kind)
                .filter(OfficialDocument::isPublished)
                .orElseThrow(() -> ProblemException.conflict(kind == DocumentKind.MINUTES
                        ? "minutes.notPublished" : "document.notPublished"));
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
