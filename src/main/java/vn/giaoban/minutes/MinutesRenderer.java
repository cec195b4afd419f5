package vn.giaoban.minutes;

import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.giaoban.common.VietnameseFormat;
import vn.giaoban.minutes.PdfComposer.Align;
import vn.giaoban.minutes.PdfComposer.Style;

/** Lays out the minutes (biên bản hội nghị) in the Party document format of domain.md. */
@Component
class MinutesRenderer {

    private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private final DocumentLayout layout;

    MinutesRenderer(DocumentLayout layout) {
        this.layout = layout;
    }

    byte[] render(MinutesContent minutes) {
        try (PdfComposer pdf = new PdfComposer(layout)) {
            header(pdf, minutes);
            body(pdf, minutes);
            signatures(pdf, minutes);
            return pdf.finish("Biên bản " + minutes.subject(), minutes.organizationName(),
                    GregorianCalendar.from(minutes.startsAt().toZonedDateTime()));
        }
    }

    private void header(PdfComposer pdf, MinutesContent m) {
        float top = pdf.y();
        float leftEnd = pdf.left() + PdfComposer.mm(layout.leftHeaderWidthMm());
        float rightStart = leftEnd + PdfComposer.mm(2);
        Style header = pdf.regular(layout.headerSize());
        Style headerBold = pdf.bold(layout.headerSize());

        float below = top;
        if (m.parentName() != null && !m.parentName().isBlank()) {
            below = pdf.centredLines(pdf.lines(upper(m.parentName()), header, leftEnd - pdf.left()), header,
                    pdf.left(), leftEnd, below);
        }
        below = pdf.centredLines(pdf.lines(upper(m.organizationName()), headerBold, leftEnd - pdf.left()),
                headerBold, pdf.left(), leftEnd, below);
        below = pdf.centredLines(List.of("*"), header, pdf.left(), leftEnd, below);
        float leftBottom = pdf.centredLines(List.of(m.numberLabel()), header, pdf.left(), leftEnd, below);

        Style party = pdf.bold(layout.partyNameSize());
        float rightBelow = pdf.centredLines(List.of(PARTY), party, rightStart, pdf.right(), top);
        float ruleWidth = pdf.width(PARTY, party);
        float centre = (rightStart + pdf.right()) / 2;
        pdf.rule(centre - ruleWidth / 2, centre + ruleWidth / 2, rightBelow - 2, 0.6f);
        rightBelow -= 8;
        String dateLine = m.place() + ", " + VietnameseFormat.date(m.meetingDate());
        Style italic = pdf.italic(layout.headerSize());
        float rightBottom = pdf.centredLines(pdf.lines(dateLine, italic, pdf.right() - rightStart), italic,
                rightStart, pdf.right(), rightBelow);

        pdf.setY(Math.min(leftBottom, rightBottom) - 18);
        pdf.paragraph("BIÊN BẢN", pdf.bold(layout.documentTypeSize()), Align.CENTER, pdf.left(), pdf.right(), 0);
        pdf.paragraph(m.subject(), pdf.bold(layout.subjectSize()), Align.CENTER, pdf.left(), pdf.right(), 0);
        pdf.paragraph("-----", pdf.regular(layout.subjectSize()), Align.CENTER, pdf.left(), pdf.right(), 0);
        pdf.space(12);
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
        if (!m.directives().isEmpty()) {
            pdf.body("Các nhiệm vụ được giao:", text);
            int i = 1;
            for (MinutesContent.Task task : m.directives()) {
                String due = task.dueDate() == null ? "" : "; thời hạn: " + VietnameseFormat.date(task.dueDate());
                pdf.body(i++ + ". " + task.content() + " (đơn vị thực hiện: " + task.unit() + due + ").", text);
            }
        }
        if (m.endsAt() != null) {
            pdf.body("Hội nghị kết thúc lúc " + VietnameseFormat.time(m.endsAt().toLocalTime()) + " "
                    + (m.endsAt().toLocalDate().equals(m.meetingDate()) ? "cùng ngày"
                    : VietnameseFormat.date(m.endsAt().toLocalDate())) + ".", text);
        }
    }

    /** Keeps the adoption line with the signature blocks, so a signature never opens a page alone. */
    private void signatures(PdfComposer pdf, MinutesContent m) {
        Style text = pdf.regular(layout.bodySize());
        Style bold = pdf.bold(layout.bodySize());
        String adoption = "Biên bản đã được đọc lại trước hội nghị và được các đại biểu dự hội nghị nhất trí thông qua.";
        float blockHeight = pdf.lineHeight(bold) * 3 + PdfComposer.mm(layout.signatureSpaceMm());
        float adoptionHeight = pdf.lines(adoption, text, pdf.right() - pdf.left()).size() * pdf.lineHeight(text);
        pdf.keepSpace(adoptionHeight + layout.paragraphSpacing() + 12 + blockHeight);
        pdf.body(adoption, text);
        pdf.space(12);

        float top = pdf.y();
        float middle = (pdf.left() + pdf.right()) / 2;
        float leftBottom = pdf.centredLines(List.of("NGƯỜI GHI BIÊN BẢN"), bold, pdf.left(), middle, top);
        float rightBottom = pdf.centredLines(List.of("CHỦ TRÌ HỘI NGHỊ"), bold, middle, pdf.right(), top);
        float namesTop = Math.min(leftBottom, rightBottom) - PdfComposer.mm(layout.signatureSpaceMm());
        pdf.centredLines(List.of(m.recorder().fullName()), bold, pdf.left(), middle, namesTop);
        float end = pdf.centredLines(List.of(m.chair().fullName()), bold, middle, pdf.right(), namesTop);
        pdf.setY(end);
    }

    /** Plain-text content: a blank line separates paragraphs, a line starting with "- " is a list item. */
    private void paragraphs(PdfComposer pdf, String content, Style text) {
        List<String> lines = new ArrayList<>();
        for (String line : content.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        for (String line : lines) {
            pdf.body(line, text);
        }
    }

    private static String describe(MinutesContent.Person p) {
        StringBuilder s = new StringBuilder(p.fullName());
        if (p.position() != null && !p.position().isBlank()) {
            s.append(", ").append(p.position());
        }
        if (p.unit() != null && !p.unit().isBlank()) {
            s.append(", ").append(p.unit());
        }
        return s.toString();
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
