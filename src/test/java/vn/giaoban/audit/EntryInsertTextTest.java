package vn.giaoban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryInsertTextTest {

    @Test
    void quotesPlainTextAndWritesAnyOtherAsUtf8Hex() {
        assertThat(literal(null)).isEqualTo("NULL");
        assertThat(literal("")).isEqualTo("''");
        assertThat(literal("Biên bản số 12/BB")).isEqualTo("'Biên bản số 12/BB'");
        assertThat(literal("it's")).isEqualTo("_utf8mb4 X'69742773'");
        assertThat(literal("a\\")).isEqualTo("_utf8mb4 X'615c'");
        assertThat(literal("a\nb")).isEqualTo("_utf8mb4 X'610a62'");
        assertThat(literal("\u007F")).isEqualTo("_utf8mb4 X'7f'");
        assertThat(literal("đ'")).isEqualTo("_utf8mb4 X'c49127'");
    }

    private static String literal(String value) {
        StringBuilder out = new StringBuilder();
        EntryInsertText.text(value, out);
        return out.toString();
    }
}
