package vn.giaoban.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An instant as UTC text, written digit by digit. The download audit's one appending thread writes two such texts for
 * every download, the hashed one and the stored one, and at a spike the requests wait for that thread: through
 * {@link DateTimeFormatter} each cost a {@code LocalDateTime}, its {@code toString()} and a growing builder, about a
 * fifth of what the spike allocated (JFR). Years outside 0–9999 go through the formatter.
 */
final class UtcText {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000};

    private UtcText() {
    }

    /** The same text as {@link Instant#toString()}: fraction in groups of three digits, none for whole seconds. */
    static void iso(Instant at, StringBuilder out) {
        if (!dateAndTime(at, 'T', out)) {
            DateTimeFormatter.ISO_INSTANT.formatTo(at, out);
            return;
        }
        int nano = at.getNano();
        if (nano != 0) {
            out.append('.');
            if (nano % 1_000_000 == 0) {
                digits(out, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(out, nano / 1_000, 6);
            } else {
                digits(out, nano, 9);
            }
        }
        out.append('Z');
    }

    /** {@code yyyy-MM-dd HH:mm:ss.SSSSSS}, the UTC wall time with microseconds, as a {@code DATETIME(6)} takes it. */
    static void datetime(Instant at, StringBuilder out) {
        if (!dateAndTime(at, ' ', out)) {
            DATETIME.formatTo(at, out);
            return;
        }
        out.append('.');
        digits(out, at.getNano() / 1_000, 6);
    }

    /** {@code yyyy-MM-dd<separator>HH:mm:ss}, or false (nothing written) for a year outside 0–9999. */
    private static boolean dateAndTime(Instant at, char separator, StringBuilder out) {
        long seconds = at.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        if (date.getYear() < 0 || date.getYear() > 9999) {
            return false;
        }
        int time = (int) Math.floorMod(seconds, 86_400);
        digits(out, date.getYear(), 4);
        out.append('-');
        digits(out, date.getMonthValue(), 2);
        out.append('-');
        digits(out, date.getDayOfMonth(), 2);
        out.append(separator);
        digits(out, time / 3600, 2);
        out.append(':');
        digits(out, time / 60 % 60, 2);
        out.append(':');
        digits(out, time % 60, 2);
        return true;
    }

    private static void digits(StringBuilder out, int value, int width) {
        for (int divisor = POWERS_OF_TEN[width - 1]; divisor > 0; divisor /= 10) {
            out.append((char) ('0' + value / divisor % 10));
        }
    }
}
