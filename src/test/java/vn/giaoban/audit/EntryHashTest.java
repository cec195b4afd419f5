package vn.giaoban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * The chain's hash is a stored format: entries written before a change must still verify after it. These compare the
 * hash with the definition (SHA-256 over the fields joined by U+001F, absent ones as "null") computed independently.
 */
class EntryHashTest {

    private static final String PREVIOUS = "0".repeat(64);

    @Test
    void aDownloadHashesAsTheDefinitionSays() throws Exception {
        Instant at = Instant.parse("2026-11-27T01:02:03.456789Z");
        assertThat(new EntryHash().of(7, at, 42L, "thu-ky", "DOCUMENT_DOWNLOADED", 3L, null, null, "MINUTES", PREVIOUS))
                .isEqualTo(definition("7", "2026-11-27T01:02:03.456789Z", "42", "thu-ky", "DOCUMENT_DOWNLOADED", "3",
                        "null", "null", "MINUTES", PREVIOUS));
    }

    @Test
    void theSystemsStepsAndVietnameseTextHashAsTheDefinitionSays() throws Exception {
        // Whole seconds print without a fraction, as Instant.toString() does; the detail is not ASCII.
        Instant at = Instant.parse("2026-01-05T00:00:00Z");
        String detail = "Đề nghị bổ sung kinh phí — các đơn vị cấp xã";
        String previous = "ab".repeat(32);
        assertThat(new EntryHash().of(1, at, null, AuditTrail.SYSTEM, "STAGE_CHANGED", null, "DRAFTING",
                "REVIEW", detail, previous))
                .isEqualTo(definition("1", "2026-01-05T00:00:00Z", "null", AuditTrail.SYSTEM, "STAGE_CHANGED", "null",
                        "DRAFTING", "REVIEW", detail, previous));
    }

    @Test
    void oneInstanceHashesEntryAfterEntryAsFreshOnesDo() {
        EntryHash reused = new EntryHash();
        Instant at = Instant.parse("2026-11-27T08:00:00.000001Z");
        String previous = PREVIOUS;
        for (long seq = 1; seq <= 50; seq++) {
            String detail = seq % 2 == 0 ? "MINUTES" : "Kết luận số " + seq;
            String hash = reused.of(seq, at.plusMillis(seq), seq, "dai-bieu-" + seq, "DOCUMENT_DOWNLOADED", 9L, null,
                    null, detail, previous);
            assertThat(hash).isEqualTo(new EntryHash().of(seq, at.plusMillis(seq), seq, "dai-bieu-" + seq,
                    "DOCUMENT_DOWNLOADED", 9L, null, null, detail, previous));
            previous = hash;
        }
    }

    private static String definition(String... fields) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(String.join("\u001F", fields).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
