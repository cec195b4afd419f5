package vn.giaoban.minutes;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.giaoban.common.VietnameseFormat;
import vn.giaoban.minutes.PdfComposer.Style;

/** Lays out the minutes (biên bản hội nghị) in the Party document format of domain.md. */
@Component
class MinutesRenderer {

    private final DocumentLayout layout;

    MinutesRenderer(DocumentLayout layout) {
        this.layout = layout;
    }

    RenderedDocument render(MinutesContent minutes, DocumentMetadata metadata) {
        return PdfComposer.compose(layout, pdf -> {
            minutes.heading().draw(pdf, layout);
            body(pdf, minutes);
            List<SignatureBox> boxes = signatures(pdf, minutes);
            return new RenderedDocument(pdf.finish(metadata), boxes);
        });
    }

    private void body(PdfComposer pdf, MinutesContent m) {
        Style text = pdf.regular(layout.bodySize());
        Style bold = pdf.bold(layout.bodySize());

        pdf.body("Thời gian: bắt đầu lúc " + VietnameseFormat.time(m.startsAt().toLocalTime()) + ", "
                + VietnameseFormat.date(m.meetingDate()) + ".", text);
        pdf.body("Địa điểm: " + m.location() + ".", text);
        pdf.body("Chủ trì hội nghị: đồng chí " + describe(m.chair()) + ".", text);
        pdf.body("Người ghi biên bản: đồng chí " + describe(m.recorder()) + ".", text);
        pdf.body("Thành phần tham dự (" + m.participants().size() + " đồng chí):", text);
        for (MinutesContent.Person p : m.participants()) {
            pdf.body("- Đồng chí " + describe(p) + ".", text);
        }

        pdf.body("I. BÁO CÁO TẠI HỘI NGHỊ", bold);
        pdf.body("Hội nghị nghe trình bày dự thảo báo cáo sơ kết quý, toàn văn như sau:", text);
        paragraphs(pdf, m.report(), text);

        pdf.body("II. Ý KIẾN THẢO LUẬN", bold);
        if (m.contributions().isEmpty()) {
            pdf.body("Không có ý kiến thảo luận.", text);
        }
        int n = 1;
        for (MinutesContent.Speech speech : m.contributions()) {
            pdf.body(n++ + ". Đồng chí " + describe(speech.speaker()) + " (" + speech.kind() + "):", text);
            paragraphs(pdf, speech.content(), text);
        }

        pdf.body("III. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ HỘI NGHỊ", bold);
        paragraphs(pdf, m.conclusions(), text);
        directives(pdf, m.directives(), text);
        if (m.endsAt() != null) {
            pdf.body("Hội nghị kết thúc lúc " + VietnameseFormat.time(m.endsAt().toLocalTime()) + " "
                    + (m.endsAt().toLocalDate().equals(m.meetingDate()) ? "cùng ngày"
                    : VietnameseFormat.date(m.endsAt().toLocalDate())) + ".", text);
        }
    }

    /** Keeps the adoption line with the signature blocks, so a signature never opens a page alone. */
    private List<SignatureBox> signatures(PdfComposer pdf, MinutesContent m) {
        Style text = pdf.regular(layout.bodySize());
        Style bold = pdf.bold(layout.bodySize());
        String adoption = "Biên bản đã được đọc lại trước hội nghị và được các đại biểu dự hội nghị nhất trí thông qua.";
        float space = PdfComposer.mm(layout.signatureSpaceMm());
        float blockHeight = pdf.lineHeight(bold) * 3 + space;
        float adoptionHeight = pdf.lines(adoption, text, pdf.right() - pdf.left()).size() * pdf.lineHeight(text);
        pdf.keepSpace(adoptionHeight + layout.paragraphSpacing() + 12 + blockHeight);
        pdf.body(adoption, text);
        pdf.space(12);

        float top = pdf.y();
        float middle = (pdf.left() + pdf.right()) / 2;
        float leftBottom = pdf.centredLines(List.of("NGƯỜI GHI BIÊN BẢN"), bold, pdf.left(), middle, top);
        float rightBottom = pdf.centredLines(List.of("CHỦ TRÌ HỘI NGHỊ"), bold, middle, pdf.right(), top);
        float boxTop = Math.min(leftBottom, rightBottom);
        float namesTop = boxTop - space;
        pdf.centredLines(List.of(m.recorder().fullName()), bold, pdf.left(), middle, namesTop);
        float end = pdf.centredLines(List.of(m.chair().fullName()), bold, middle, pdf.right(), namesTop);
        pdf.setY(end);
        int page = pdf.pageCount() - 1;
        float inset = 4;
        return List.of(
                new SignatureBox(SignerRole.RECORDER, page, pdf.left() + inset, namesTop + 2,
                        middle - pdf.left() - 2 * inset, space - 4),
                new SignatureBox(SignerRole.CHAIR, page, middle + inset, namesTop + 2,
                        pdf.right() - middle - 2 * inset, space - 4));
    }

    /** Plain-text content: every non-blank line is a paragraph (a line starting with "- " is a list item). */
    static void paragraphs(PdfComposer pdf, String content, Style text) {
        for (String line : content.split("\n")) {
            if (!line.isBlank()) {
                pdf.body(line.strip(), text);
            }
        }
    }

    static void directives(PdfComposer pdf, List<MinutesContent.Task> directives, Style text) {
        if (directives.isEmpty()) {
            return;
        }
        pdf.body("Các nhiệm vụ được giao:", text);
        int i = 1;
        for (MinutesContent.Task task : directives) {
            String due = task.dueDate() == null ? "" : "; thời hạn: " + VietnameseFormat.date(task.dueDate());
            pdf.body(i++ + ". " + task.content() + " (đơn vị thực hiện: " + task.unit() + due + ").", text);
        }
    }

    static String describe(MinutesContent.Person p) {
        StringBuilder s = new StringBuilder(p.fullName());
        if (p.position() != null && !p.position().isBlank()) {
            s.append(", ").append(p.position());
        }
        if (p.unit() != null && !p.unit().isBlank()) {
            s.append(", ").append(p.unit());
        }
        return s.toString();
    }
}
