package vn.giaoban.briefing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.giaoban.common.ProblemException;
import vn.giaoban.common.Texts;

/** Body of {@code POST …/review}: a decision, and a comment that a return must carry. */
public record Review(@NotNull Decision decision, @Size(max = 10000) String comment) {

    /** The comment as stored (NFC), or null; refuses a return without one. */
    public String checkedComment() {
        String text = comment == null ? null : Texts.multiline("comment", comment).strip();
        if (decision == Decision.REVISE && (text == null || text.isEmpty())) {
            throw ProblemException.invalidField("comment", "field.commentRequired");
        }
        return text == null || text.isEmpty() ? null : text;
    }
}
