package vn.giaoban.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.giaoban.common.VietnameseFormat;
import vn.giaoban.minutes.PdfComposer.Align;
import vn.giaoban.minutes.PdfComposer.Style;

/**
 * The top of every Party document: parent and issuing body (bold), a centred {@code *} and the number on the left;
 * {@code ĐẢNG CỘNG SẢN VIỆT NAM} with its rule and the italic place-and-date line on the right; then the document
 * type and its subject, centred, with a short rule.
 */
record DocumentHeading(String parentName, String organizationName, String numberLabel, String place, LocalDate date,
                       String documentType, String subject) {

    private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    void draw(PdfComposer pdf, DocumentLayout layout) {
        float top = pdf.y();
        float leftEnd = pdf.left() + PdfComposer.mm(layout.leftHeaderWidthMm());
        float rightStart = leftEnd + PdfComposer.mm(2);
        Style header = pdf.regular(layout.headerSize());
        Style headerBold = pdf.bold(layout.headerSize());

        float below = top;
        if (parentName != null && !parentName.isBlank()) {
            below = pdf.centredLines(pdf.lines(upper(parentName), header, leftEnd - pdf.left()), header,
                    pdf.left(), leftEnd, below);
        }
        below = pdf.centredLines(pdf.lines(upper(organizationName), headerBold, leftEnd - pdf.left()), headerBold,
                pdf.left(), leftEnd, below);
        below = pdf.centredLines(List.of("*"), header, pdf.left(), leftEnd, below);
        float leftBottom = pdf.centredLines(List.of(numberLabel), header, pdf.left(), leftEnd, below);

        Style party = pdf.bold(layout.partyNameSize());
        float rightBelow = pdf.centredLines(List.of(PARTY), party, rightStart, pdf.right(), top);
        float ruleWidth = pdf.width(PARTY, party);
        float centre = (rightStart + pdf.right()) / 2;
        pdf.rule(centre - ruleWidth / 2, centre + ruleWidth / 2, rightBelow - 2, 0.6f);
        rightBelow -= 8;
        Style italic = pdf.italic(layout.headerSize());
        String dateLine = place + ", " + VietnameseFormat.date(date);
        float rightBottom = pdf.centredLines(pdf.lines(dateLine, italic, pdf.right() - rightStart), italic,
                rightStart, pdf.right(), rightBelow);

        pdf.setY(Math.min(leftBottom, rightBottom) - 18);
        pdf.paragraph(documentType, pdf.bold(layout.documentTypeSize()), Align.CENTER, pdf.left(), pdf.right(), 0);
        pdf.paragraph(subject, pdf.bold(layout.subjectSize()), Align.CENTER, pdf.left(), pdf.right(), 0);
        pdf.paragraph("-----", pdf.regular(layout.subjectSize()), Align.CENTER, pdf.left(), pdf.right(), 0);
        pdf.space(12);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
