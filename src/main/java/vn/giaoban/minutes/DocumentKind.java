package vn.giaoban.minutes;

import java.util.EnumSet;
import java.util.Set;

/** The official documents a briefing issues, with their number code and who must sign them. */
public enum DocumentKind {
    /** Biên bản hội nghị: signed by the recorder, then the chair. */
    MINUTES("BB", "bien-ban", EnumSet.of(SignerRole.RECORDER, SignerRole.CHAIR)),
    /** Thông báo kết luận: signed by the chair for the standing committee. */
    CONCLUSION_NOTICE("TB", "thong-bao-ket-luan", EnumSet.of(SignerRole.CHAIR));

    private final String code;
    private final String fileStem;
    private final Set<SignerRole> signers;

    DocumentKind(String code, String fileStem, Set<SignerRole> signers) {
        this.code = code;
        this.fileStem = fileStem;
        this.signers = signers;
    }

    /** {@code BB} in {@code Số 07-BB/ĐU}. */
    String code() {
        return code;
    }

    String fileStem() {
        return fileStem;
    }

    Set<SignerRole> signers() {
        return EnumSet.copyOf(signers);
    }
}
