package vn.giaoban.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that chains an audit entry to the one before: SHA-256, as lowercase hex, over the UTF-8 bytes of every
 * field (absent ones as {@code null}) and the previous hash, joined by the unit separator U+001F. One instance is
 * reused for a whole append, one thread at a time: at a download spike thousands of entries are hashed a second, and
 * a new digest and joined copies of the fields for each of them were a large part of what the spike allocated.
 */
final class EntryHash {

    private static final char SEPARATOR = '\u001F';

    private final MessageDigest sha256;
    private final StringBuilder content = new StringBuilder(256);

    EntryHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** {@code recordedAt} as stored: truncated to microseconds. */
    String of(long seq, Instant recordedAt, Long actorId, String actorName, String action, Long briefingId,
              String stageBefore, String stageAfter, String detail, String prevHash) {
        content.setLength(0);
        content.append(seq).append(SEPARATOR);
        // The same text as Instant.toString(), written in place.
        UtcText.iso(recordedAt, content);
        content.append(SEPARATOR);
        appendNumber(actorId);
        content.append(SEPARATOR).append(actorName).append(SEPARATOR).append(action).append(SEPARATOR);
        appendNumber(briefingId);
        content.append(SEPARATOR).append(stageBefore).append(SEPARATOR).append(stageAfter)
                .append(SEPARATOR).append(detail).append(SEPARATOR).append(prevHash);
        return HexFormat.of().formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** As {@code String.valueOf(number)}, without the intermediate string. */
    private void appendNumber(Long number) {
        if (number == null) {
            content.append("null");
        } else {
            content.append(number.longValue());
        }
    }
}
