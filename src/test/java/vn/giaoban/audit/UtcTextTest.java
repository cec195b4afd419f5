package vn.giaoban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The hand-written texts agree with the JDK's: the hashed one with {@link Instant#toString()} (the chain's stored
 * format), the stored one with {@code uuuu-MM-dd HH:mm:ss.SSSSSS} in UTC, for instants across and beyond 0000–9999
 * with every kind of fraction.
 */
class UtcTextTest {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    @Test
    void writesWhatTheJdkWrites() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("1969-12-31T23:59:59.000001Z"),
                Instant.parse("2038-01-19T03:14:08Z"), Instant.parse("2026-02-28T24:00:00Z"),
                Instant.parse("2028-02-29T12:00:00.1Z"), Instant.parse("2026-11-28T03:30:00.120Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59.5Z")));
        SplittableRandom random = new SplittableRandom(20261128);
        long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(random.nextLong(first, last + 1), nano));
        }
        for (Instant at : instants) {
            StringBuilder iso = new StringBuilder("x");
            UtcText.iso(at, iso);
            assertThat(iso.toString()).as(at.toString()).isEqualTo("x" + at);
            StringBuilder datetime = new StringBuilder("x");
            UtcText.datetime(at, datetime);
            assertThat(datetime.toString()).as(at.toString()).isEqualTo("x" + DATETIME.format(at));
        }
    }
}
