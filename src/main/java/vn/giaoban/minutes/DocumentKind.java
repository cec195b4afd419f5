package vn.giaoban.minutes;

import java.util.EnumSet;
import java.util.Set;

/** The official documents a briefing issues, with their number code and who must sign them. */
public enum DocumentKind {
    /** Biên bản hội nghị: signed by the recorder, then the chair. */
    MINUTES("BB", "bien-ban", "minutes", EnumSet.of(SignerRole.RECORDER, SignerRole.CHAIR)),
    /** Thông báo kết luận: signed by the chair for the standing committee. */
    CONCLUSION_NOTICE("TB", "thong-bao-ket-luan", "conclusion-notice", EnumSet.of(SignerRole.CHAIR));

    private final String code;
    private final String fileStem;
    private final String path;
    private final Set<SignerRole> signers;

    DocumentKind(String code, String fileStem, String path, Set<SignerRole> signers) {
        this.code = code;
        this.fileStem = fileStem;
        this.path = path;
        this.signers = signers;
    }

    /** The kind named by its path segment in the API ({@code …/minutes}, {@code …/conclusion-notice}). */
    static DocumentKind ofPath(String segment) {
        for (DocumentKind kind : values()) {
            if (kind.path.equals(segment)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(segment);
    }

    /** The last segment of this kind's API path: {@code minutes}, {@code conclusion-notice}. */
    String pathSegment() {
        return path;
    }

    /** The API path of this kind of document of a briefing. */
    String path(long briefingId) {
        return "/api/briefings/" + briefingId + "/" + path;
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
