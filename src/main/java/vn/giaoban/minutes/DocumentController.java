package vn.giaoban.minutes;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.common.ProblemException;
import vn.giaoban.security.Actor;

/** Downloads and verification of the minutes and the conclusion notice; the chair's external signature. */
@RestController
class DocumentController {

    private final AuditTrail audit;
    private final DocumentDownloads downloads;
    private final ExternalSignatures external;
    private final SignatureVerifier verifier;

    DocumentController(AuditTrail audit, DocumentDownloads downloads, ExternalSignatures external, SignatureVerifier verifier) {
        this.audit = audit;
        this.downloads = downloads;
        this.external = external;
        this.verifier = verifier;
    }

    /** {@code …/minutes} and {@code …/conclusion-notice}: the same operations for both kinds of document. */
    private static final String DOCUMENT = "/api/briefings/{id}/{document:minutes|conclusion-notice}";

    @GetMapping(DOCUMENT)
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String document, Actor actor) {
        DocumentKind kind = DocumentKind.ofPath(document);
        DocumentDownloads.Published published = downloads.published(id, kind, actor);
        audit.recordAlone("DOCUMENT_DOWNLOADED", id, kind.name());
        return pdf(published, downloads.bytes(published));
    }

    @GetMapping(DOCUMENT + "/verification")
    SignatureVerifier.Report verification(@PathVariable long id, @PathVariable String document, Actor actor) {
        return downloads.verification(id, DocumentKind.ofPath(document), actor);
    }

    @GetMapping("/api/briefings/{id}/documents")
    List<DocumentDownloads.DocumentView> documents(@PathVariable long id, Actor actor) {
        return downloads.list(id, actor);
    }

    /** For a chair who signs outside the service: the document as it stands, to sign with their own tool. */
    @GetMapping(DOCUMENT + "/for-signing")
    ResponseEntity<byte[]> forSigning(@PathVariable long id, @PathVariable String document, Actor actor) {
        DocumentKind kind = DocumentKind.ofPath(document);
        return raw(external.forSigning(id, kind, actor), kind.fileStem() + "-" + id + "-de-ky.pdf");
    }

    @PutMapping(path = DOCUMENT + "/chair-signature", consumes = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<Void> chairSigned(@PathVariable long id, @PathVariable String document, @RequestBody byte[] pdf,
                                     Actor actor) {
        external.accept(id, DocumentKind.ofPath(document), pdf, actor);
        return ResponseEntity.noContent().build();
    }

    /** Verifies any PDF sent as the raw body; nothing is stored. */
    @PostMapping(path = "/api/verifications", consumes = MediaType.APPLICATION_PDF_VALUE)
    SignatureVerifier.Report verifyRaw(@RequestBody byte[] pdf, Actor actor) {
        return verifier.verify(pdf);
    }

    /** Verifies a PDF sent as the multipart field {@code file}; nothing is stored. */
    @PostMapping(path = "/api/verifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SignatureVerifier.Report verifyUpload(@RequestPart("file") MultipartFile file, Actor actor) throws IOException {
        if (file.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "verification.notPdf");
        }
        return verifier.verify(file.getBytes());
    }

    /** Published bytes never change: a browser may keep them, a shared cache may not (they are not public). */
    static final String PUBLISHED_CACHE_CONTROL = "private, max-age=3600";

    static String etag(DocumentDownloads.Published published) {
        return "\"" + published.sha256() + "\"";
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }

    /**
     * A GET of a published document is answered by {@link PublishedDocumentFilter}; this answers HEAD requests and
     * runs where the filter is not installed (controller slices).
     */
    private static ResponseEntity<byte[]> pdf(DocumentDownloads.Published published, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag(etag(published))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(published.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, PUBLISHED_CACHE_CONTROL)
                .body(pdf);
    }

    private static ResponseEntity<byte[]> raw(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
