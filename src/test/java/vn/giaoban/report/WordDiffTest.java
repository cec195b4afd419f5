package vn.giaoban.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksAddedAndRemovedWords() {
        List<WordDiff.Piece> diff = WordDiff.between("Thu ngân sách đạt 90% dự toán.",
                "Thu ngân sách đạt 95,49% dự toán năm.");
        assertThat(diff).containsExactly(
                new WordDiff.Piece(WordDiff.Kind.SAME, "Thu ngân sách đạt "),
                new WordDiff.Piece(WordDiff.Kind.REMOVED, "90%"),
                new WordDiff.Piece(WordDiff.Kind.ADDED, "95,49%"),
                new WordDiff.Piece(WordDiff.Kind.SAME, " dự "),
                new WordDiff.Piece(WordDiff.Kind.REMOVED, "toán."),
                new WordDiff.Piece(WordDiff.Kind.ADDED, "toán năm."));
    }

    @Test
    void rebuildsBothVersions() {
        String before = "Đoạn một.\n\n- mục a\n- mục b\n\nĐoạn cuối giữ nguyên.";
        String after = "Đoạn một đã sửa.\n\n- mục b\n- mục c\n\nĐoạn cuối giữ nguyên.";
        List<WordDiff.Piece> diff = WordDiff.between(before, after);
        StringBuilder old = new StringBuilder();
        StringBuilder now = new StringBuilder();
        for (WordDiff.Piece p : diff) {
            if (p.kind() != WordDiff.Kind.ADDED) {
                old.append(p.text());
            }
            if (p.kind() != WordDiff.Kind.REMOVED) {
                now.append(p.text());
            }
        }
        assertThat(old.toString()).isEqualTo(before);
        assertThat(now.toString()).isEqualTo(after);
    }

    @Test
    void identicalTextsAreOnePiece() {
        assertThat(WordDiff.between("Giữ nguyên.", "Giữ nguyên."))
                .containsExactly(new WordDiff.Piece(WordDiff.Kind.SAME, "Giữ nguyên."));
    }
}
