package vn.giaoban.minutes;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.briefing.BriefingAccess;
import vn.giaoban.common.ProblemException;
import vn.giaoban.security.Actor;

/**
 * Serves published minutes. Published bytes never change, so they are kept in a small in-memory cache after the
 * first read: a download spike reads the database once per briefing, not once per request.
 */
@Service
class MinutesDownloads {

    record Published(byte[] pdf, String sha256) {
    }

    private static final int CACHED_DOCUMENTS = 64;

    private final MinutesDocumentRepository documents;
    private final BriefingAccess access;
    private final Map<Long, Published> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Published> eldest) {
            return size() > CACHED_DOCUMENTS;
        }
    };

    MinutesDownloads(MinutesDocumentRepository documents, BriefingAccess access) {
        this.documents = documents;
        this.access = access;
    }

    @Transactional(readOnly = true)
    Published published(long briefingId, Actor actor) {
        access.visible(briefingId, actor);
        synchronized (cache) {
            Published cached = cache.get(briefingId);
            if (cached != null) {
                return cached;
            }
        }
        MinutesDocument document = documents.findById(briefingId)
                .filter(MinutesDocument::isPublished)
                .orElseThrow(() -> ProblemException.conflict("minutes.notPublished"));
        Published published = new Published(document.pdf(), document.sha256());
        synchronized (cache) {
            cache.put(briefingId, published);
        }
        return published;
    }
}
