package vn.giaoban.minutes;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes of the documents written lately, each kept with the SHA-256 they hash to. A briefing's document
 * jobs read back what the job before them wrote (the recorder's signature the rendered minutes, the chair's both
 * documents as they then stand), and the first download after publication reads the minutes once more: four reads of
 * 24–54 KB a briefing that this instance had just held in memory.
 * <p>
 * A copy is handed out only for the hash that the document's row, read in the caller's transaction, records. So bytes
 * whose transaction rolled back, or a document another instance has signed since, are never served from here: their
 * row records another hash, and the revisions are read from the database.
 * <p>
 * Least recently used first out, within a budget of bytes. The arrays are shared and never changed.
 */
final class RecentPdfs {

    private record Held(String sha256, byte[] pdf) {
    }

    private final long budgetBytes;
    private final LinkedHashMap<Long, Held> byDocument = new LinkedHashMap<>(64, 0.75f, true);
    private long heldBytes;

    RecentPdfs(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** The bytes of the document that hash to {@code sha256}, if they are held; null otherwise. */
    synchronized byte[] get(long documentId, String sha256) {
        Held held = byDocument.get(documentId);
        return held != null && held.sha256().equals(sha256) ? held.pdf() : null;
    }

    /** Holds the document's bytes as they now are, in place of any it held before. */
    synchronized void put(long documentId, String sha256, byte[] pdf) {
        if (pdf.length > budgetBytes) {
            forget(documentId);
            return;
        }
        Held before = byDocument.put(documentId, new Held(sha256, pdf));
        heldBytes += pdf.length - (before == null ? 0 : before.pdf().length);
        Iterator<Map.Entry<Long, Held>> eldest = byDocument.entrySet().iterator();
        while (heldBytes > budgetBytes) {
            heldBytes -= eldest.next().getValue().pdf().length;
            eldest.remove();
        }
    }

    synchronized void forget(long documentId) {
        Held before = byDocument.remove(documentId);
        if (before != null) {
            heldBytes -= before.pdf().length;
        }
    }

    synchronized long heldBytes() {
        return heldBytes;
    }
}
