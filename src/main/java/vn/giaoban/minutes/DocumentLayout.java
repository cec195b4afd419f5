package vn.giaoban.minutes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every size, margin and spacing of the Party document format, in one place, with today's values as defaults
 * (millimetres for margins and indents, points for type and spacing). The guidance is revised from time to time:
 * change it here or under {@code giaoban.layout.*}.
 */
@ConfigurationProperties("giaoban.layout")
record DocumentLayout(
        @DefaultValue("20") float marginTopMm,
        @DefaultValue("20") float marginBottomMm,
        @DefaultValue("30") float marginLeftMm,
        @DefaultValue("15") float marginRightMm,
        @DefaultValue("15") float partyNameSize,
        @DefaultValue("14") float headerSize,
        @DefaultValue("16") float documentTypeSize,
        @DefaultValue("14") float subjectSize,
        @DefaultValue("14") float bodySize,
        @DefaultValue("1.2") float lineSpacing,
        @DefaultValue("10") float firstLineIndentMm,
        @DefaultValue("6") float paragraphSpacing,
        @DefaultValue("80") float leftHeaderWidthMm,
        @DefaultValue("12") float pageNumberSize,
        @DefaultValue("10") float pageNumberTopMm,
        @DefaultValue("28") float signatureSpaceMm,
        @DefaultValue("12") float recipientSize,
        @DefaultValue("8") float signatureTextSize) {

    /** Today's values, for tests and tools that run without Spring. */
    static DocumentLayout defaults() {
        return new DocumentLayout(20, 20, 30, 15, 15, 14, 16, 14, 14, 1.2f, 10, 6, 80, 12, 10, 28, 12, 8);
    }
}
