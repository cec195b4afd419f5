package vn.giaoban.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.giaoban.support.PdfTools;

/**
 * The minutes' layout read back from the PDF with PDFBox text positions and checked against {@link DocumentLayout}:
 * header blocks, margins, page numbers, signature blocks; and rendering of long and unusual input.
 */
class MinutesLayoutTest {

    private static final DocumentLayout LAYOUT = DocumentLayout.defaults();
    private static final float MM = 72f / 25.4f;
    private static final float PAGE_WIDTH = 595.28f;
    private static final float PAGE_HEIGHT = 841.89f;
    private static final String LONG_WORD = "Đ".repeat(1000) + "ư".repeat(1000);
    private static final String SCRIPT = "<script>alert('x')</script> ' OR 1=1 --";
    private static byte[] pdf;
    private static List<Line> lines;

    record Line(int page, String text, float x, float yTop, float xEnd, float size, String font) {
    }

    @BeforeAll
    static void render() throws IOException {
        StringBuilder report = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            report.append("Đoạn ").append(i).append(": toàn Đảng bộ tập trung lãnh đạo thực hiện thắng lợi các chỉ ")
                    .append("tiêu kinh tế - xã hội, quốc phòng - an ninh; thu ngân sách đạt 95,49% dự toán.\n\n");
        }
        report.append(LONG_WORD).append("\n\n- ").append(SCRIPT).append("\n\nCó biểu tượng 🎉 trong văn bản.");
        MinutesContent.Person chair = new MinutesContent.Person("Trần Thị Bình", "Bí thư", "ĐẢNG ỦY XÃ THỬ");
        MinutesContent.Person recorder = new MinutesContent.Person("Nguyễn Văn An", "Chuyên viên", "ĐẢNG ỦY XÃ THỬ");
        MinutesContent content = new MinutesContent(
                new DocumentHeading("ĐẢNG BỘ TỈNH THỬ NGHIỆM", "ĐẢNG ỦY XÃ THỬ", "Số 07-BB/ĐU", "Thử",
                        LocalDate.of(2026, 2, 5), "BIÊN BẢN", "hội nghị giao ban quý I năm 2026"),
                OffsetDateTime.parse("2026-02-05T07:30:00+07:00"), OffsetDateTime.parse("2026-02-05T11:00:00+07:00"),
                "Hội trường", chair, recorder, List.of(chair, recorder), report.toString(),
                List.of(new MinutesContent.Speech(recorder, "ý kiến", "Nhất trí.")), "Kết luận.",
                List.of(new MinutesContent.Task("Nhiệm vụ", "Chi bộ 1", LocalDate.of(2026, 3, 31))));
        RenderedDocument rendered = new MinutesRenderer(LAYOUT).render(content, new DocumentMetadata("Biên bản",
                "ĐẢNG ỦY XÃ THỬ", "Số 07-BB/ĐU", Calendar.getInstance(), null));
        pdf = rendered.pdf();
        lines = lines(pdf);
        assertThat(rendered.signatureBoxes()).hasSize(2);
    }

    @Test
    void headerBlocksFollowTheFormat() {
        Line party = find("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(party.page()).isZero();
        assertThat(party.size()).isEqualTo(LAYOUT.partyNameSize());
        assertThat(party.font()).contains("Bold");
        assertThat(party.x()).isGreaterThan(PAGE_WIDTH / 2 - 40);

        Line issuer = find("ĐẢNG ỦY XÃ THỬ");
        assertThat(issuer.font()).contains("Bold");
        assertThat(issuer.xEnd()).isLessThan(LAYOUT.marginLeftMm() * MM + LAYOUT.leftHeaderWidthMm() * MM);
        Line number = find("Số 07-BB/ĐU");
        assertThat(number.size()).isEqualTo(LAYOUT.headerSize());
        Line date = find("Thử, ngày 05 tháng 02 năm 2026");
        assertThat(date.font()).contains("Italic");
        Line type = find("BIÊN BẢN");
        assertThat(type.size()).isEqualTo(LAYOUT.documentTypeSize());
        assertThat((type.x() + type.xEnd()) / 2).isCloseTo((LAYOUT.marginLeftMm() * MM + PAGE_WIDTH
                - LAYOUT.marginRightMm() * MM) / 2, org.assertj.core.data.Offset.offset(2f));
    }

    @Test
    void textStaysInsideTheMarginsAndBodyIsJustified() {
        float left = LAYOUT.marginLeftMm() * MM;
        float right = PAGE_WIDTH - LAYOUT.marginRightMm() * MM;
        float top = LAYOUT.marginTopMm() * MM;
        float bottom = PAGE_HEIGHT - LAYOUT.marginBottomMm() * MM;
        for (Line line : lines) {
            assertThat(line.x()).as(line.text()).isGreaterThanOrEqualTo(left - 0.5f);
            assertThat(line.xEnd()).as(line.text()).isLessThanOrEqualTo(right + 0.5f);
            if (!line.text().matches("\\d+")) {
                assertThat(line.yTop()).as(line.text()).isGreaterThanOrEqualTo(top - 1f);
                assertThat(line.yTop() + line.size()).as(line.text()).isLessThanOrEqualTo(bottom + 1f);
            }
        }
        Line body = lines.stream().filter(l -> l.text().startsWith("Đoạn 1:")).findFirst().orElseThrow();
        assertThat(body.x()).isCloseTo(left + LAYOUT.firstLineIndentMm() * MM, org.assertj.core.data.Offset.offset(1f));
        assertThat(body.xEnd()).as("a justified line ends at the right margin")
                .isCloseTo(right, org.assertj.core.data.Offset.offset(1.5f));
    }

    /**
     * The spaces of a justified line are characters of the text, as in a line that is not justified: copying a line,
     * searching it or reading it aloud finds its words apart without a reader guessing them from the gaps.
     */
    @Test
    void justifiedLinesKeepTheirSpaces() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setWordSeparator("");
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            text = stripper.getText(document);
        }
        Line justified = lines.stream().filter(l -> l.text().startsWith("Đoạn 1:")).findFirst().orElseThrow();
        assertThat(justified.xEnd()).as("the line is justified")
                .isGreaterThan(PAGE_WIDTH - LAYOUT.marginRightMm() * MM - 1.5f);
        assertThat(text).contains(justified.text());
    }

    @Test
    void pagesAreNumberedFromTheSecond() {
        int pages = lines.stream().mapToInt(Line::page).max().orElseThrow() + 1;
        assertThat(pages).isGreaterThan(5);
        assertThat(lines.stream().filter(l -> l.page() == 0 && l.text().matches("\\d+"))).isEmpty();
        for (int page = 1; page < pages; page++) {
            int p = page;
            Line first = lines.stream().filter(l -> l.page() == p).findFirst().orElseThrow();
            assertThat(first.text()).isEqualTo(Integer.toString(page + 1));
            assertThat(first.yTop()).isLessThan(LAYOUT.marginTopMm() * MM);
        }
    }

    @Test
    void everyPageSharesOneResourceDictionaryWithEachFaceOnce() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSBase first = document.getPage(0).getCOSObject().getDictionaryObject(COSName.RESOURCES);
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            for (PDPage page : document.getPages()) {
                assertThat(page.getCOSObject().getDictionaryObject(COSName.RESOURCES)).isSameAs(first);
            }
            List<String> fonts = new ArrayList<>();
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name).getName().replaceAll("^[A-Z]{6}\\+", ""));
            }
            assertThat(fonts).containsExactlyInAnyOrder("LiberationSerif", "LiberationSerif-Bold",
                    "LiberationSerif-Italic");
        }
    }

    @Test
    void signatureBlocksAreNotAloneAtTheTopOfAPage() {
        Line recorder = find("NGƯỜI GHI BIÊN BẢN");
        Line adoption = lines.stream().filter(l -> l.text().startsWith("Biên bản đã được đọc lại")).findFirst()
                .orElseThrow();
        assertThat(adoption.page()).isEqualTo(recorder.page());
        assertThat(recorder.text()).contains("CHỦ TRÌ HỘI NGHỊ");
        assertThat(lines.stream().filter(l -> l.text().contains("Trần Thị Bình") && l.page() == recorder.page()))
                .isNotEmpty();
    }

    @Test
    void longAndUnusualInputIsPrintedLiterally() {
        String text = PdfTools.pdftotext(PdfTools.write(pdf, "layout-long.pdf"));
        assertThat(text.replaceAll("\\s+", "")).contains(LONG_WORD);
        assertThat(text.replaceAll("\\s+", " ")).contains(SCRIPT).contains("Đoạn 100:").contains("Có biểu tượng ? trong");
    }

    private static Line find(String text) {
        return lines.stream().filter(l -> l.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + text));
    }

    /**
     * Every line of text with its page, left and right x, top y (from the top of the page), size and font. PDFBox
     * reports justified text word by word; words on the same baseline of a page are joined into one line.
     */
    private static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> words = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    words.add(new Line(getCurrentPageNo() - 1, text, first.getXDirAdj(),
                            first.getYDirAdj() - first.getFontSizeInPt(), last.getXDirAdj() + last.getWidthDirAdj(),
                            Math.round(first.getFontSizeInPt()), first.getFont().getName()));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }
        List<Line> joined = new ArrayList<>();
        for (Line word : words) {
            Line previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && previous.page() == word.page()
                    && Math.abs(previous.yTop() + previous.size() - word.yTop() - word.size()) < 1f) {
                joined.set(joined.size() - 1, new Line(previous.page(), previous.text() + " " + word.text(),
                        Math.min(previous.x(), word.x()), Math.min(previous.yTop(), word.yTop()),
                        Math.max(previous.xEnd(), word.xEnd()), Math.max(previous.size(), word.size()),
                        previous.font()));
            } else {
                joined.add(word);
            }
        }
        return joined;
    }
}
