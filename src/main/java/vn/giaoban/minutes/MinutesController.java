package vn.giaoban.minutes;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.giaoban.common.ProblemException;
import vn.giaoban.security.Actor;
import org.springframework.http.HttpStatus;

@RestController
class MinutesController {

    private final MinutesDownloads downloads;
    private final SignatureVerifier verifier;

    MinutesController(MinutesDownloads downloads, SignatureVerifier verifier) {
        this.downloads = downloads;
        this.verifier = verifier;
    }

    @GetMapping("/api/briefings/{id}/minutes")
    ResponseEntity<byte[]> minutes(@PathVariable long id, Actor actor) {
        MinutesDownloads.Published published = downloads.published(id, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag("\"" + published.sha256() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bien-ban-" + id + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(published.pdf());
    }

    @GetMapping("/api/briefings/{id}/minutes/verification")
    SignatureVerifier.Report verification(@PathVariable long id, Actor actor) {
        return verifier.verify(downloads.published(id, actor).pdf());
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
}
