package vn.giaoban.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as the service stores it: Unicode NFC, no lone surrogates, no control characters except line breaks and tabs
 * in multi-line fields. Input that cannot be stored faithfully is refused rather than silently altered.
 */
public final class Texts {

    private Texts() {
    }

    /** A one-line value (name, title, place): NFC, trimmed, no control characters at all. */
    public static String line(String field, String value) {
        return checked(field, value, false).strip();
    }

    /** Multi-line content: NFC, CR LF folded to LF, trailing white space of the whole text removed. */
    public static String multiline(String field, String value) {
        return checked(field, value.replace("\r\n", "\n").replace('\r', '\n'), true).stripTrailing();
    }

    private static String checked(String field, String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw ProblemException.invalidField(field, "text.invalidUnicode");
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                throw ProblemException.invalidField(field, "text.invalidUnicode");
            }
            boolean allowedWhitespace = c == '\t' || (multiline && c == '\n');
            if (!allowedWhitespace && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
                throw ProblemException.invalidField(field, "text.controlCharacter");
            }
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * A comparison key for names: case-folded, white space collapsed, and tone marks moved to the end of each
     * syllable, so that the two official placements ({@code Huyện uỷ} / {@code Huyện ủy}) give the same key.
     */
    public static String nameKey(String name) {
        String decomposed = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (String syllable : decomposed.split("\\s+")) {
            if (syllable.isEmpty()) {
                continue;
            }
            StringBuilder tones = new StringBuilder();
            if (!key.isEmpty()) {
                key.append(' ');
            }
            for (int i = 0; i < syllable.length(); i++) {
                char c = syllable.charAt(i);
                if (isToneMark(c)) {
                    tones.append(c);
                } else {
                    key.append(c);
                }
            }
            key.append(tones);
        }
        return Normalizer.normalize(key, Normalizer.Form.NFC);
    }

    private static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
