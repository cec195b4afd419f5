package vn.giaoban.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif, from the classpath, without its hinting ({@link FontHinting}), in two cuts. The documents are
 * written in Vietnamese, so they are set in the {@link Cut#VIETNAMESE} cut: the Latin letters with every Vietnamese
 * one, the combining marks, punctuation, currency, arrows and mathematical signs, 1 144–1 147 of the font's
 * 2 581–2 589, cut once per process. PDFBox's embedding walks every glyph of the font it is given, for each document
 * (the widths of the whole font, then the subset's Unicode map), so the smaller font is cheaper to embed; the glyphs
 * it keeps are the same outlines and widths. A text with a character only the whole font has (Greek, Cyrillic) is set
 * in {@link Cut#COMPLETE}. Either way the document embeds a subset of just the glyphs it uses. A signature
 * appearance, a few lines, is set in a cut fitted to them ({@link #loadFitted}).
 */
final class DocumentFonts {

    enum Cut { VIETNAMESE, COMPLETE }

    /** Code point ranges of the Vietnamese cut (inclusive); the font's glyphs for them, where it has one. */
    private static final int[][] VIETNAMESE_RANGES = {
            {0x0020, 0x024F},   // Basic Latin, Latin-1, Latin Extended-A and -B (Ơ ơ Ư ư)
            {0x02B0, 0x036F},   // spacing modifier letters, combining diacritical marks
            {0x1E00, 0x1EFF},   // Latin Extended Additional (Ạ … ỹ)
            {0x2000, 0x22FF},   // punctuation, super- and subscripts, currency (₫), letterlike (№), arrows, maths
            {0x25A0, 0x25FF},   // geometric shapes (list bullets)
    };

    private static final Map<String, Map<Cut, byte[]>> FILES = new HashMap<>();

    /**
     * Characters every fitted cut carries besides its texts': the digits and signs a signing time is written with, so
     * that one signer's cut serves every time they sign, and the '?' that stands for a character no cut has.
     */
    private static final String ALWAYS_FITTED = " 0123456789+-:./,()?";

    /** Fitted cuts by face and characters: a signer's lines repeat, and a cut costs more than its embedding. */
    private static final Cache<String, byte[]> FITTED = Caffeine.newBuilder().maximumSize(512).build();

    /**
     * Each cut of each face parsed once per thread, not once per document. A parsed font reads its tables lazily
     * from its bytes, so it is not shared between threads; the few threads that render keep theirs.
     */
    private static final ThreadLocal<Map<String, Map<Cut, TrueTypeFont>>> PARSED =
            ThreadLocal.withInitial(HashMap::new);

    /**
     * Deflate level 3 for the streams PDFBox writes, unless the JVM was started with another
     * ({@code -Dorg.apache.pdfbox.filter.deflatelevel}); PDFBox reads that setting at each stream it writes, and every
     * document loads its fonts here before it is saved. Deflating the fonts' subsets at PDFBox's default level (6) was
     * 12 % of rendering and signing minutes (async-profiler on {@code DocumentBenchmark}). Three alternating pairs,
     * 4 pages: 8.0, 7.3, 9.8 ms at level 3 against 8.9, 8.7, 11.5 ms at 6, for 45.3–45.5 KB against 44.2–44.8 KB
     * (48 pages: 99.4–99.5 KB against 92.9–93.2 KB, times within the runs' spread).
     */
    private static final String DEFLATE_LEVEL = "3";

    static {
        if (System.getProperty(Filter.SYSPROP_DEFLATELEVEL) == null) {
            System.setProperty(Filter.SYSPROP_DEFLATELEVEL, DEFLATE_LEVEL);
        }
    }

    private DocumentFonts() {
    }

    /** The face ("Regular", "Bold", "Italic") in the given cut, loaded into {@code target}, embedded as a subset. */
    static PDFont load(PDDocument target, String face, Cut cut) {
        try {
            return PDType0Font.load(target, parsed(face, cut), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the document font " + face, e);
        }
    }

    /**
     * The face cut to just the characters of {@code texts}, loaded into {@code target}: for a signature's few lines.
     * Embedding walks every glyph of the font it is given, so a fitted cut of some fifty glyphs costs a fraction of
     * the Vietnamese cut's 1 144; the glyphs are the same outlines and widths. Characters only the complete font has
     * are cut from it.
     */
    static PDFont loadFitted(PDDocument target, String face, List<String> texts) {
        Cut base = cutFor(face, texts);
        TreeSet<Integer> characters = new TreeSet<>();
        ALWAYS_FITTED.codePoints().forEach(characters::add);
        texts.forEach(text -> text.codePoints().forEach(characters::add));
        StringBuilder key = new StringBuilder(face).append(' ').append(base).append(' ');
        characters.forEach(key::appendCodePoint);
        byte[] fitted = FITTED.get(key.toString(), k -> {
            try {
                return cut(parsed(face, base), characters.stream().mapToInt(Integer::intValue));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot cut the document font " + face, e);
            }
        });
        try {
            return PDType0Font.load(target, new TTFParser().parse(new RandomAccessReadBuffer(fitted)), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the document font " + face, e);
        }
    }

    /** The cut that draws every character of {@code texts} that Liberation Serif has at all. */
    static Cut cutFor(String face, Iterable<String> texts) {
        for (String text : texts) {
            if (text.codePoints().anyMatch(cp -> needsComplete(face, cp))) {
                return Cut.COMPLETE;
            }
        }
        return Cut.VIETNAMESE;
    }

    /** Whether only the complete cut has a glyph for {@code codePoint}. */
    static boolean needsComplete(String face, int codePoint) {
        return !has(face, Cut.VIETNAMESE, codePoint) && has(face, Cut.COMPLETE, codePoint);
    }

    /** Whether the cut has a glyph for {@code codePoint}. */
    static boolean has(String face, Cut cut, int codePoint) {
        try {
            return parsed(face, cut).getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parsed(String face, Cut cut) throws IOException {
        Map<Cut, TrueTypeFont> cuts = PARSED.get().computeIfAbsent(face, f -> new EnumMap<>(Cut.class));
        TrueTypeFont font = cuts.get(cut);
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(face, cut)));
            cuts.put(cut, font);
        }
        return font;
    }

    static byte[] bytes(String face, Cut cut) throws IOException {
        synchronized (FILES) {
            Map<Cut, byte[]> cuts = FILES.computeIfAbsent(face, f -> new EnumMap<>(Cut.class));
            byte[] bytes = cuts.get(cut);
            if (bytes == null) {
                bytes = cut == Cut.COMPLETE ? complete(face) : vietnamese(bytes(face, Cut.COMPLETE));
                cuts.put(cut, bytes);
            }
            return bytes;
        }
    }

    private static byte[] complete(String face) throws IOException {
        String file = "LiberationSerif-" + face + ".ttf";
        try (InputStream in = DocumentFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IOException("Font " + file + " is not on the classpath");
            }
            return FontHinting.stripped(withoutGlyphSubstitution(in.readAllBytes()));
        }
    }

    /** The glyphs of {@link #VIETNAMESE_RANGES} (and the glyphs they are composed of) as a font of their own. */
    private static byte[] vietnamese(byte[] complete) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(complete));
        return cut(font, Arrays.stream(VIETNAMESE_RANGES).flatMapToInt(r -> IntStream.rangeClosed(r[0], r[1])));
    }

    /** The glyphs of {@code characters} that {@code font} has (and the glyphs they are composed of). */
    private static byte[] cut(TrueTypeFont font, IntStream characters) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        TTFSubsetter subsetter = new TTFSubsetter(font);
        characters.filter(cp -> cmap.getGlyphId(cp) != 0).forEach(subsetter::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    /**
     * Renames the font's GSUB table so that PDFBox does not apply glyph substitution. Vietnamese text arrives as NFC,
     * where every letter has its own precomposed glyph, so nothing is lost; and PDFBox 3 compiles a regular expression
     * for the Latin substitution worker on every text operation, which made rendering cost about 25 ms per page.
     * The embedded subset never carries GSUB either way, nor does the Vietnamese cut.
     */
    private static byte[] withoutGlyphSubstitution(byte[] ttf) {
        byte[] copy = ttf.clone();
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (copy[entry] == 'G' && copy[entry + 1] == 'S' && copy[entry + 2] == 'U' && copy[entry + 3] == 'B') {
                copy[entry] = 'x';
            }
        }
        return copy;
    }
}
