package vn.giaoban.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.common.ProblemException;
import vn.giaoban.security.Actor;

/**
 * Serves published documents to everyone who may see the briefing. Published bytes never change, so they are kept in
 * a small in-memory cache after the first read: a download spike reads the database once per document.
 */
@Service
class DocumentDownloads {

    /** Published bytes never change, so their verification is computed once, with them. */
    record Published(byte[] pdf, String sha256, String fileName, SignatureVerifier.Report verification) {
    }

    record SignatureView(String role, String signer, Instant signedAt, boolean external) {
    }

    record DocumentView(DocumentKind kind, String number, LocalDate issuedOn, String status, String sha256,
                        Instant publishedAt, List<SignatureView> signatures) {
    }

    private record Key(long briefingId, DocumentKind kind) {
    }

    private static final int CACHED_DOCUMENTS = 128;

    private final OfficialDocumentRepository documents;
    private final BriefingAccess access;
    private final SignatureVerifier verifier;
    private final Map<Key, Published> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Published> eldest) {
            return size() > CACHED_DOCUMENTS;
        }
    };

    DocumentDownloads(OfficialDocumentRepository documents, BriefingAccess access, SignatureVerifier verifier) {
        this.documents = documents;
        this.access = access;
        this.verifier = verifier;
    }

    @Transactional(readOnly = true)
    Published published(long briefingId, DocumentKind kind, Actor actor) {
        access.visible(briefingId, actor);
        Key key = new Key(briefingId, kind);
        synchronized (cache) {
            Published cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        OfficialDocument document = documents.findByBriefingIdAndKind(briefingId, kind)
                .filter(OfficialDocument::isPublished)
                .orElseThrow(() -> ProblemException.conflict(kind == DocumentKind.MINUTES ? "minutes.notPublished"
                        : "document.notPublished"));
        Published published = new Published(document.pdf(), document.sha256(),
                kind.fileStem() + "-" + briefingId + ".pdf", verifier.verify(document.pdf()));
        synchronized (cache) {
            cache.put(key, published);
        }
        return published;
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
