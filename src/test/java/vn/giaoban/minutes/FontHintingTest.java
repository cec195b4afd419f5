package vn.giaoban.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

import org.apache.fontbox.ttf.GlyfDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stripping the hinting keeps every glyph's outline and width, leaves no instruction anywhere, and writes a well-formed
 * font file; the documents embed such fonts.
 */
class FontHintingTest {

    @ParameterizedTest
    @ValueSource(strings = {"Regular", "Bold", "Italic"})
    void everyGlyphKeepsItsOutlineAndWidthWithoutInstructions(String face) throws IOException {
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/liberation/LiberationSerif-" + face + ".ttf")) {
            original = in.readAllBytes();
        }
        byte[] stripped = FontHinting.stripped(original);
        TrueTypeFont hinted = parse(original);
        TrueTypeFont plain = parse(stripped);

        assertThat(hinted.getTableMap()).containsKeys("fpgm", "prep", "cvt ");
        assertThat(plain.getTableMap()).doesNotContainKeys("fpgm", "prep", "cvt ");
        assertThat(plain.getNumberOfGlyphs()).isEqualTo(hinted.getNumberOfGlyphs());
        int instructed = 0;
        int composite = 0;
        for (int gid = 0; gid < hinted.getNumberOfGlyphs(); gid++) {
            GlyphData before = hinted.getGlyph().getGlyph(gid);
            GlyphData after = plain.getGlyph().getGlyph(gid);
            assertThat(plain.getAdvanceWidth(gid)).as("width of glyph %d", gid).isEqualTo(hinted.getAdvanceWidth(gid));
            if (before == null) {
                assertThat(after).as("empty glyph %d", gid).isNull();
                continue;
            }
            instructed += instructions(before) > 0 ? 1 : 0;
            composite += before.getDescription().isComposite() ? 1 : 0;
            assertThat(instructions(after)).as("instructions of glyph %d", gid).isZero();
            assertThat(segments(after.getPath().getPathIterator(null))).as("outline of glyph %d", gid)
                    .isEqualTo(segments(before.getPath().getPathIterator(null)));
        }
        assertThat(instructed).as("glyphs that were hinted").isGreaterThan(hinted.getNumberOfGlyphs() / 2);
        assertThat(composite).as("composite glyphs (accented letters)").isGreaterThan(500);
        assertThat(stripped.length).isLessThan(original.length * 3 / 4);
        assertWellFormed(stripped);
    }

    @Test
    void documentsEmbedUnhintedSubsets() throws IOException {
        byte[] pdf = new MinutesRenderer(DocumentLayout.defaults()).render(DocumentBenchmark.content(3),
                new DocumentMetadata("Biên bản", "ĐẢNG ỦY XÃ THỬ", "Số 01-BB/ĐU", Calendar.getInstance(), null)).pdf();
        int fonts = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                byte[] program = ((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()
                        .toByteArray();
                TrueTypeFont embedded = new TTFParser(true).parse(new RandomAccessReadBuffer(program));
                assertThat(embedded.getTableMap()).as(font.getName()).doesNotContainKeys("fpgm", "prep", "cvt ");
                for (int gid = 0; gid < embedded.getNumberOfGlyphs(); gid++) {
                    GlyphData glyph = embedded.getGlyph().getGlyph(gid);
                    assertThat(instructions(glyph)).as("%s glyph %d", font.getName(), gid).isZero();
                }
                fonts++;
            }
        }
        assertThat(fonts).as("regular, bold and italic on the first page").isEqualTo(3);
    }

    /** Each table's checksum in the directory, and head's adjustment making the whole file's sum the magic number. */
    private static void assertWellFormed(byte[] ttf) {
        ByteBuffer font = ByteBuffer.wrap(ttf);
        int tables = font.getShort(4) & 0xFFFF;
        String previous = "";
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(ttf, entry, 4, ISO_8859_1);
            assertThat(tag).as("directory order").isGreaterThan(previous);
            previous = tag;
            int offset = font.getInt(entry + 8);
            int length = font.getInt(entry + 12);
            assertThat(offset % 4).as(tag + " alignment").isZero();
            byte[] table = Arrays.copyOfRange(ttf, offset, offset + length);
            if (tag.equals("head")) {
                ByteBuffer.wrap(table).putInt(8, 0);
            }
            assertThat(checksum(table)).as(tag + " checksum").isEqualTo(font.getInt(entry + 4) & 0xFFFFFFFFL);
        }
        assertThat(checksum(ttf)).as("whole file").isEqualTo(0xB1B0AFBAL);
    }

    private static long checksum(byte[] bytes) {
        long sum = 0;
        for (int i = 0; i < bytes.length; i += 4) {
            for (int j = 0; j < 4; j++) {
                sum += (i + j < bytes.length ? bytes[i + j] & 0xFFL : 0) << (24 - 8 * j);
            }
        }
        return sum & 0xFFFFFFFFL;
    }

    private static int instructions(GlyphData glyph) {
        int[] instructions = glyph == null ? null : ((GlyfDescript) glyph.getDescription()).getInstructions();
        return instructions == null ? 0 : instructions.length;
    }

    private static TrueTypeFont parse(byte[] ttf) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    }

    private static List<String> segments(PathIterator path) {
        List<String> segments = new ArrayList<>();
        double[] points = new double[6];
        for (; !path.isDone(); path.next()) {
            int type = path.currentSegment(points);
            segments.add(type + " " + Arrays.toString(points));
        }
        return segments;
    }
}
