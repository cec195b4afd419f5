package vn.giaoban.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.giaoban.minutes.DocumentFonts.Cut;

/**
 * A small typesetter for official documents: A4 pages with the configured margins, wrapped paragraphs with a
 * first-line indent, centred header columns, rules, and page numbers from page 2. Fonts are Liberation Serif from the
 * classpath ({@link DocumentFonts}), embedded as subsets; a character the font lacks is drawn as '?' rather than
 * failing the document.
 */
final class PdfComposer implements AutoCloseable {

    enum Align { LEFT, CENTER, JUSTIFY }

    record Style(PDFont font, float size) {
    }

    private static final float MM = 72f / 25.4f;

    private final PDDocument document = new PDDocument();
    private final DocumentLayout layout;
    private final Cut cut;
    private final PDFont regularFont;
    private final PDFont boldFont;
    private final PDFont italicFont;
    private final Map<PDFont, String> faces = new HashMap<>();
    /** Set when a character was drawn as '?' that the complete cut of the font has. */
    private boolean lacksGlyphs;
    private final Map<PDFont, Map<Integer, Boolean>> glyphCache = new HashMap<>();
    private final Map<PDFont, Map<String, Float>> widthCache = new HashMap<>();
    private final float pageWidth = PDRectangle.A4.getWidth();
    private final float pageHeight = PDRectangle.A4.getHeight();
    private PDPageContentStream content;
    /**
     * One resource dictionary for every page. PDFBox adds a font to a page's resources the first time the page uses
     * it, and each addition walks the font's dictionaries (with the whole cut's widths); shared, each face is added
     * once per document, and the file holds one dictionary instead of one per page.
     */
    private final PDResources pageResources = new PDResources();
    private float y;

    private PdfComposer(DocumentLayout layout, Cut cut) {
        this.layout = layout;
        this.cut = cut;
        regularFont = load("Regular");
        boldFont = load("Bold");
        italicFont = load("Italic");
        newPage();
    }

    /**
     * Lets {@code draw} compose a document, in the Vietnamese cut of the fonts; if its text had a character only the
     * complete font has, composes it again in the complete cut and returns that. A document is composed twice only
     * then, and never mixes the cuts.
     */
    static <T> T compose(DocumentLayout layout, Function<PdfComposer, T> draw) {
        try (PdfComposer pdf = new PdfComposer(layout, Cut.VIETNAMESE)) {
            T result = draw.apply(pdf);
            if (!pdf.lacksGlyphs) {
                return result;
            }
        }
        try (PdfComposer pdf = new PdfComposer(layout, Cut.COMPLETE)) {
            return draw.apply(pdf);
        }
    }

    private PDFont load(String face) {
        PDFont font = DocumentFonts.load(document, face, cut);
        faces.put(font, face);
        return font;
    }

    Style regular(float size) {
        return new Style(regularFont, size);
    }

    Style bold(float size) {
        return new Style(boldFont, size);
    }

    Style italic(float size) {
        return new Style(italicFont, size);
    }

    float left() {
        return layout.marginLeftMm() * MM;
    }

    float right() {
        return pageWidth - layout.marginRightMm() * MM;
    }

    float bottom() {
        return layout.marginBottomMm() * MM;
    }

    float y() {
        return y;
    }

    static float mm(float millimetres) {
        return millimetres * MM;
    }

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            page.setResources(pageResources);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = pageHeight - layout.marginTopMm() * MM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    void keepSpace(float height) {
        if (y - height < bottom()) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    float lineHeight(Style style) {
        return style.size() * layout.lineSpacing();
    }

    /**
     * A wrapped paragraph between {@code x0} and {@code x1}; the first line indented by {@code firstIndent}.
     * Justified paragraphs spread the words of every line but the last to both margins.
     */
    void paragraph(String text, Style style, Align align, float x0, float x1, float firstIndent) {
        List<String> lines = wrap(clean(text, style.font()), style, x1 - x0 - firstIndent, x1 - x0);
        for (int i = 0; i < lines.size(); i++) {
            keepSpace(lineHeight(style));
            y -= style.size();
            float indent = i == 0 ? firstIndent : 0;
            String line = lines.get(i);
            if (align == Align.CENTER) {
                show(line, style, x0 + ((x1 - x0) - width(line, style)) / 2, y);
            } else if (align == Align.JUSTIFY && i < lines.size() - 1 && line.indexOf(' ') > 0) {
                justified(line, style, x0 + indent, x1);
            } else {
                show(line, style, x0 + indent, y);
            }
            y -= lineHeight(style) - style.size();
        }
    }

    /**
     * Draws one line so that it fills {@code [x0, x1]} exactly: a single text-showing operator whose strings keep their
     * spaces, each space followed by the extra room it takes. Word spacing ({@code Tw}) cannot do it, since it applies
     * only to single-byte codes and these fonts have two-byte ones; positioning every word in a text object of its own
     * made a justified line a dozen text objects, about a seventh of the time of rendering four pages of minutes
     * (JFR), and gave text extraction no spaces to find.
     */
    private void justified(String line, Style style, float x0, float x1) {
        String[] words = line.split(" ");
        float wordsWidth = 0;
        for (String word : words) {
            wordsWidth += width(word, style);
        }
        float beyondSpace = (x1 - x0 - wordsWidth) / (words.length - 1) - width(" ", style);
        // In thousandths of the font size, subtracted from the position: negative moves right.
        Float adjustment = -beyondSpace * 1000f / style.size();
        Object[] runs = new Object[words.length * 2 - 1];
        for (int i = 0; i < words.length - 1; i++) {
            runs[2 * i] = words[i] + " ";
            runs[2 * i + 1] = adjustment;
        }
        runs[runs.length - 1] = words[words.length - 1];
        draw(runs, style, x0, y);
    }

    /** A body paragraph with the configured indent and spacing. */
    void body(String text, Style style) {
        paragraph(text, style, Align.JUSTIFY, left(), right(), mm(layout.firstLineIndentMm()));
        space(layout.paragraphSpacing());
    }

    /** Lines wrapped for a column without drawing them (for measuring header blocks). */
    List<String> lines(String text, Style style, float width) {
        return wrap(clean(text, style.font()), style, width, width);
    }

    /** Draws already-wrapped lines centred in a column starting at {@code top}; returns the y below them. */
    float centredLines(List<String> lines, Style style, float x0, float x1, float top) {
        float baseline = top;
        for (String text : lines) {
            String line = clean(text, style.font());
            baseline -= style.size();
            show(line, style, x0 + ((x1 - x0) - width(line, style)) / 2, baseline);
            baseline -= lineHeight(style) - style.size();
        }
        return baseline;
    }

    void rule(float x0, float x1, float at, float thickness) {
        try {
            content.setLineWidth(thickness);
            content.moveTo(x0, at);
            content.lineTo(x1, at);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void setY(float newY) {
        this.y = newY;
    }

    float width(String text, Style style) {
        Map<String, Float> known = widthCache.computeIfAbsent(style.font(), f -> new HashMap<>());
        Float units = known.get(text);
        if (units == null) {
            try {
                units = style.font().getStringWidth(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text.length() <= 64) {
                known.put(text, units);
            }
        }
        return units / 1000f * style.size();
    }

    /** Writes {@code text} with a rule under it from {@code top}; returns the y below the line. */
    float underlined(String text, Style style, float x, float top) {
        float baseline = top - style.size();
        String line = clean(text, style.font());
        show(line, style, x, baseline);
        rule(x, x + width(line, style), baseline - 1.5f, 0.5f);
        return top - lineHeight(style);
    }

    /**
     * Numbers pages 2 onwards at the top centre, makes the document PDF/A-3b (XMP metadata, sRGB output intent,
     * the data file attached as an associated file) and returns its bytes.
     */
    byte[] finish(DocumentMetadata metadata) {
        try {
            content.close();
            content = null;
            numberPages();
            PdfA.conform(document, metadata);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void numberPages() throws IOException {
        Style number = regular(layout.pageNumberSize());
        for (int i = 1; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = Integer.toString(i + 1);
                stream.beginText();
                stream.setFont(number.font(), number.size());
                stream.newLineAtOffset((pageWidth - width(label, number)) / 2,
                        pageHeight - mm(layout.pageNumberTopMm()));
                stream.showText(label);
                stream.endText();
            }
        }
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String text, Style style, float x, float baseline) {
        if (!text.isEmpty()) {
            draw(new Object[] {text}, style, x, baseline);
        }
    }

    /** One text object: strings, and between them the numbers that move the next one (TJ). */
    private void draw(Object[] runs, Style style, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(style.font(), style.size());
            content.newLineAtOffset(x, baseline);
            content.showTextWithPositioning(runs);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks at spaces; a word wider than the line is broken between characters. Each word is measured once. */
    private List<String> wrap(String text, Style style, float firstWidth, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = width(" ", style);
        float available = firstWidth;
        for (String word : text.split(" ", -1)) {
            if (word.isEmpty()) {
                continue;
            }
            float wordWidth = width(word, style);
            float candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
            if (candidate <= available) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                available = width;
            }
            String rest = word;
            while (width(rest, style) > available) {
                int cut = fitting(rest, style, available);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                available = width;
            }
            line.append(rest);
            lineWidth = width(rest, style);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private int fitting(String word, Style style, float available) {
        int end = 1;
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), style) > available) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** {@code text} with every character {@code font} cannot draw replaced by '?'. */
    static String drawable(PDFont font, String text) {
        return clean(text, font, new HashMap<>(), cp -> { });
    }

    private String clean(String text, PDFont font) {
        return clean(text, font, glyphCache.computeIfAbsent(font, f -> new HashMap<>()), cp -> {
            if (cut == Cut.VIETNAMESE && DocumentFonts.needsComplete(faces.get(font), cp)) {
                lacksGlyphs = true;
            }
        });
    }

    /**
     * Tabs and line breaks become spaces; characters the font cannot draw become '?' and are told to {@code missing}.
     */
    private static String clean(String text, PDFont font, Map<Integer, Boolean> known, IntConsumer missing) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
                return;
            }
            boolean drawable = known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException undrawable) {
                    missing.accept(c);
                    return false;
                }
            });
            if (drawable) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
