package vn.giaoban.minutes;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.giaoban.common.VietnameseFormat;
import vn.giaoban.minutes.PdfComposer.Align;
import vn.giaoban.minutes.PdfComposer.Style;

/**
 * Lays out the conclusion notice (thông báo kết luận): heading, an opening sentence on when, where and with whom
 * the briefing met, the chair's conclusions and directives, then {@code Nơi nhận:} on the left beside the
 * {@code T/M BAN THƯỜNG VỤ} signature block on the right.
 */
@Component
class ConclusionNoticeRenderer {

    private final DocumentLayout layout;

    ConclusionNoticeRenderer(DocumentLayout layout) {
        this.layout = layout;
    }

    RenderedDocument render(NoticeContent notice, DocumentMetadata metadata) {
        return PdfComposer.compose(layout, pdf -> {
            notice.heading().draw(pdf, layout);
            Style text = pdf.regular(layout.bodySize());
            String attendees = notice.attendees().stream().map(MinutesRenderer::describe)
                    .collect(Collectors.joining("; "));
            pdf.body(VietnameseFormat.date(notice.meetingAt().toLocalDate()).substring(0, 1).toUpperCase()
                    + VietnameseFormat.date(notice.meetingAt().toLocalDate()).substring(1) + ", tại "
                    + notice.location() + ", " + notice.heading().organizationName() + " tổ chức "
                    + lowerFirst(notice.briefingTitle()) + " do đồng chí " + MinutesRenderer.describe(notice.chair())
                    + " chủ trì. Dự hội nghị có các đồng chí: " + attendees + ".", text);
            pdf.body("Sau khi nghe dự thảo báo cáo và ý kiến thảo luận của các đại biểu, đồng chí chủ trì hội nghị "
                    + "kết luận như sau:", text);
            MinutesRenderer.paragraphs(pdf, notice.conclusions(), text);
            MinutesRenderer.directives(pdf, notice.directives(), text);
            pdf.body("Văn phòng thông báo để các đơn vị, cá nhân liên quan biết, thực hiện.", text);
            List<SignatureBox> boxes = closing(pdf, notice);
            return new RenderedDocument(pdf.finish(metadata), boxes);
        });
    }

    /** Recipients (left) and the signature block (right), kept together on one page. */
    private List<SignatureBox> closing(PdfComposer pdf, NoticeContent notice) {
        Style bold = pdf.bold(layout.bodySize());
        Style text = pdf.regular(layout.bodySize());
        Style small = pdf.regular(layout.recipientSize());
        float space = PdfComposer.mm(layout.signatureSpaceMm());
        float middle = (pdf.left() + pdf.right()) / 2;
        List<String> recipients = new java.util.ArrayList<>();
        notice.recipients().forEach(r -> recipients.add("- " + r + ","));
        recipients.add("- " + notice.archive() + ".");
        float recipientsHeight = pdf.lineHeight(text) + recipients.size() * pdf.lineHeight(small) * 2;
        float signatureHeight = pdf.lineHeight(bold) * 3 + space;
        pdf.keepSpace(Math.max(recipientsHeight, signatureHeight) + 12);
        pdf.space(12);
        float top = pdf.y();

        float y = pdf.underlined("Nơi nhận:", pdf.regular(layout.bodySize()), pdf.left(), top);
        for (String recipient : recipients) {
            pdf.setY(y);
            pdf.paragraph(recipient, small, Align.LEFT, pdf.left(), middle - PdfComposer.mm(4), 0);
            y = pdf.y();
        }
        float recipientsBottom = y;

        float below = pdf.centredLines(List.of("T/M BAN THƯỜNG VỤ"), bold, middle, pdf.right(), top);
        below = pdf.centredLines(List.of(DocumentHeading.upper(notice.chair().position() == null ? ""
                : notice.chair().position())), text, middle, pdf.right(), below);
        float nameTop = below - space;
        float end = pdf.centredLines(List.of(notice.chair().fullName()), bold, middle, pdf.right(), nameTop);
        pdf.setY(Math.min(end, recipientsBottom));
        return List.of(new SignatureBox(SignerRole.CHAIR, pdf.pageCount() - 1, middle + 4, nameTop + 2,
                pdf.right() - middle - 8, space - 4));
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(s.substring(Character.charCount(first))).toString();
    }
}
