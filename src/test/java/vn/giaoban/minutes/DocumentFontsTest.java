package vn.giaoban.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.giaoban.minutes.DocumentFonts.Cut;
import vn.giaoban.support.PdfTools;

/**
 * The Vietnamese cut of the document fonts: it draws every Vietnamese letter with the complete font's metrics, and a
 * text with letters only the complete font has (Greek, Cyrillic) still prints them, in documents and in signature
 * appearances, checked by pdftotext and by reading the appearance stream back.
 */
class DocumentFontsTest {

    private static final String[] FACES = {"Regular", "Bold", "Italic"};
    private static final String OTHER_SCRIPTS = "Đối tác Москва, hệ số α = 0,5";

    @Test
    void everyVietnameseLetterIsInTheVietnameseCutOfEveryFace() {
        List<Integer> letters = vietnameseLetters();
        assertThat(letters).hasSize(2 * (12 * 6 + 2)); // 12 vowels with 6 tones, d and đ; both cases
        for (String face : FACES) {
            for (int letter : letters) {
                assertThat(DocumentFonts.has(face, Cut.VIETNAMESE, letter)).as(face + " " + Character.toString(letter))
                        .isTrue();
            }
            assertThat(DocumentFonts.cutFor(face, List.of("Số 07-BB/ĐU – “Thông báo” № 5, 1.250 ₫ ≥ 95,49%")))
                    .isEqualTo(Cut.VIETNAMESE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Regular", "Bold", "Italic"})
    void theVietnameseCutHasTheCompleteFontsWidthsAndOutlines(String face) throws IOException {
        TrueTypeFont vietnamese = font(face, Cut.VIETNAMESE);
        TrueTypeFont complete = font(face, Cut.COMPLETE);
        CmapLookup small = vietnamese.getUnicodeCmapLookup();
        CmapLookup whole = complete.getUnicodeCmapLookup();
        int glyphs = 0;
        for (int cp = 0x20; cp <= 0x25FF; cp++) {
            int gid = small.getGlyphId(cp);
            if (gid == 0) {
                continue;
            }
            glyphs++;
            int original = whole.getGlyphId(cp);
            assertThat(vietnamese.getAdvanceWidth(gid)).as(Character.toString(cp))
                    .isEqualTo(complete.getAdvanceWidth(original));
            assertThat(vietnamese.getGlyph().getGlyph(gid).getPath().getBounds2D()).as(Character.toString(cp))
                    .isEqualTo(complete.getGlyph().getGlyph(original).getPath().getBounds2D());
        }
        assertThat(glyphs).isGreaterThan(600).isLessThan(complete.getNumberOfGlyphs() / 2);
        assertThat(vietnamese.getUnitsPerEm()).isEqualTo(complete.getUnitsPerEm());
    }

    @Test
    void greekAndCyrillicAreStillPrintedWhereOnlyTheCompleteFontHasThem() {
        assertThat(DocumentFonts.cutFor("Regular", List.of(OTHER_SCRIPTS))).isEqualTo(Cut.COMPLETE);
        assertThat(DocumentFonts.cutFor("Regular", List.of("Có biểu tượng 🎉"))).as("no cut has it")
                .isEqualTo(Cut.VIETNAMESE);

        MinutesContent plain = DocumentBenchmark.content(3);
        MinutesContent.Person chair = new MinutesContent.Person("Иван Петров", "Bí thư", "ĐẢNG ỦY XÃ THỬ");
        MinutesContent other = new MinutesContent(plain.heading(), plain.startsAt(), plain.endsAt(), plain.location(),
                chair, plain.recorder(), List.of(chair, plain.recorder()), plain.report(), plain.contributions(),
                "Kết luận: " + OTHER_SCRIPTS + ".", plain.directives());
        String text = PdfTools.pdftotext(PdfTools.write(render(other).pdf(), "fonts-other-scripts.pdf"));
        assertThat(text).contains("Kết luận: " + OTHER_SCRIPTS + ".").doesNotContain("?");
        assertThat(text.lines().map(String::strip)).as("the chair's name under the signature block")
                .contains("Иван Петров");
    }

    @Test
    void aSignatureAppearancePrintsNamesInEitherCut() throws Exception {
        RenderedDocument rendered = render(DocumentBenchmark.content(3));
        PdfSigner signer = new PdfSigner(DocumentLayout.defaults());
        OffsetDateTime now = OffsetDateTime.parse("2026-10-05T10:15:00+07:00");
        byte[] once = signer.sign(rendered.pdf(), DocumentBenchmark.key("Nguyễn Văn An"),
                new PdfSigner.Signer("Nguyễn Văn An", "ký", "Thử", now), new PdfSigner.Appearance(
                        rendered.signatureBoxes().get(0), List.of("Ký bởi: Nguyễn Văn An"), null, null));
        byte[] twice = signer.sign(once, DocumentBenchmark.key("Иван Петров"),
                new PdfSigner.Signer("Иван Петров", "ký", "Thử", now), new PdfSigner.Appearance(
                        rendered.signatureBoxes().get(1), List.of("Ký bởi: Иван Петров (Ω)"), null, null));

        assertThat(appearanceTexts(twice)).containsExactly("Ký bởi: Nguyễn Văn An", "Ký bởi: Иван Петров (Ω)");
        assertThat(PdfTools.pdfsig(PdfTools.write(twice, "fonts-signatures.pdf")))
                .contains("Signature #2").doesNotContain("Signature is Invalid");
    }

    @Test
    void aFittedCutHasJustItsTextsGlyphsWithTheirWidths() throws IOException {
        List<String> lines = List.of("Ký bởi: Nguyễn Văn An", "Thời gian ký: 2026-10-05T10:15+07:00");
        try (PDDocument document = new PDDocument()) {
            PDType0Font fitted = (PDType0Font) DocumentFonts.loadFitted(document, "Regular", lines);
            PDFont whole = DocumentFonts.load(document, "Regular", Cut.VIETNAMESE);
            int glyphs = ((PDCIDFontType2) fitted.getDescendantFont()).getTrueTypeFont().getNumberOfGlyphs();
            assertThat(glyphs).as("the lines' distinct characters, the digits and signs, .notdef").isLessThan(60);
            for (String text : List.of(lines.get(0), lines.get(1), "9876543210 (?)")) {
                assertThat(fitted.getStringWidth(text)).as(text).isEqualTo(whole.getStringWidth(text));
                assertThat(PdfComposer.drawable(fitted, text)).isEqualTo(text);
            }
            assertThat(PdfComposer.drawable(fitted, "Ký bởi: Lê Thị Xuân")).as("letters it was not cut for")
                    .isNotEqualTo("Ký bởi: Lê Thị Xuân");
            PDType0Font greek = (PDType0Font) DocumentFonts.loadFitted(document, "Regular", List.of("hệ số α"));
            assertThat(PdfComposer.drawable(greek, "hệ số α")).isEqualTo("hệ số α");
        }
    }

    private static RenderedDocument render(MinutesContent content) {
        return new MinutesRenderer(DocumentLayout.defaults()).render(content, new DocumentMetadata("Biên bản",
                "ĐẢNG ỦY XÃ THỬ", "Số 01-BB/ĐU", Calendar.getInstance(), null));
    }

    private static TrueTypeFont font(String face, Cut cut) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(DocumentFonts.bytes(face, cut)));
    }

    /** a ă â e ê i o ô ơ u ư y with no mark and the five tone marks, d and đ; upper and lower case, as NFC. */
    private static List<Integer> vietnameseLetters() {
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        List<Integer> letters = new ArrayList<>();
        for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            for (String tone : tones) {
                String lower = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                assertThat(lower.codePointCount(0, lower.length())).as(vowel + tone).isOne();
                letters.add(lower.codePointAt(0));
                letters.add(lower.toUpperCase().codePointAt(0));
            }
        }
        for (String other : List.of("d", "D", "đ", "Đ")) {
            letters.add(other.codePointAt(0));
        }
        return letters;
    }

    /** The text each signature widget's appearance shows, decoded through its own font's Unicode map. */
    private static List<String> appearanceTexts(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (!(field instanceof PDSignatureField signature)) {
                    continue;
                }
                PDAppearanceStream stream = signature.getWidgets().get(0).getNormalAppearanceStream();
                StringBuilder shown = new StringBuilder();
                PDFont font = null;
                List<Object> tokens = new PDFStreamParser(stream).parse();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("Tf")) {
                        font = stream.getResources().getFont((COSName) tokens.get(i - 2));
                    }
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("Tj")) {
                        byte[] codes = ((COSString) tokens.get(i - 1)).getBytes();
                        for (int b = 0; b < codes.length; b += 2) {
                            shown.append(font.toUnicode(((codes[b] & 0xFF) << 8) | (codes[b + 1] & 0xFF)));
                        }
                    }
                }
                texts.add(shown.toString());
            }
        }
        return texts;
    }
}
