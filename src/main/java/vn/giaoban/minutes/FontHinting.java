package vn.giaoban.minutes;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes a TrueType font's hinting: the instructions of every glyph and the tables only they use ({@code fpgm},
 * {@code prep}, {@code cvt }). Hinting fits outlines to a screen's pixel grid at small sizes; a PDF is printed or
 * zoomed, and most viewers rasterise without it. In Liberation Serif the instructions are about two fifths of the
 * outlines' bytes, and PDFBox embeds them with every subset: they were a third of each document's fonts, written,
 * compressed, hashed, stored and downloaded with every copy. Outlines, metrics and every other table are unchanged.
 */
final class FontHinting {

    private static final Set<String> HINTING_TABLES = Set.of("fpgm", "prep", "cvt ");

    // composite glyph component flags (OpenType 'glyf')
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private FontHinting() {
    }

    /** The font without hinting; the same bytes if it has no glyph table to strip. */
    static byte[] stripped(byte[] ttf) {
        ByteBuffer font = ByteBuffer.wrap(ttf);
        int count = font.getShort(4) & 0xFFFF;
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(ttf, entry, 4, ISO_8859_1);
            int offset = font.getInt(entry + 8);
            int length = font.getInt(entry + 12);
            if (!HINTING_TABLES.contains(tag)) {
                tables.put(tag, Arrays.copyOfRange(ttf, offset, offset + length));
            }
        }
        byte[] head = tables.get("head");
        byte[] loca = tables.get("loca");
        byte[] glyf = tables.get("glyf");
        byte[] maxp = tables.get("maxp");
        if (head == null || loca == null || glyf == null || maxp == null) {
            return ttf;
        }
        int glyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xFFFF;
        boolean longOffsets = ByteBuffer.wrap(head).getShort(50) != 0;
        ByteBuffer offsets = ByteBuffer.wrap(loca);
        ByteArrayOutputStream outlines = new ByteArrayOutputStream(glyf.length);
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (glyphs + 1));
        for (int gid = 0; gid < glyphs; gid++) {
            newLoca.putInt(outlines.size());
            int start = longOffsets ? offsets.getInt(4 * gid) : 2 * (offsets.getShort(2 * gid) & 0xFFFF);
            int end = longOffsets ? offsets.getInt(4 * gid + 4) : 2 * (offsets.getShort(2 * gid + 2) & 0xFFFF);
            if (end > start) {
                byte[] glyph = withoutInstructions(ByteBuffer.wrap(glyf, start, end - start).slice());
                outlines.writeBytes(glyph);
                outlines.writeBytes(new byte[(4 - glyph.length % 4) % 4]);
            }
        }
        newLoca.putInt(outlines.size());
        ByteBuffer.wrap(head).putShort(50, (short) 1);
        tables.put("loca", newLoca.array());
        tables.put("glyf", outlines.toByteArray());
        if (maxp.length >= 32) {
            ByteBuffer.wrap(maxp).putShort(26, (short) 0); // maxSizeOfInstructions
        }
        return assembled(font.getInt(0), tables);
    }

    /** One glyph's description with an empty instruction sequence. */
    private static byte[] withoutInstructions(ByteBuffer glyph) {
        byte[] bytes = new byte[glyph.remaining()];
        glyph.get(0, bytes);
        short contours = glyph.getShort(0);
        if (contours >= 0) {
            int lengthAt = 10 + 2 * contours;
            int instructions = glyph.getShort(lengthAt) & 0xFFFF;
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length - instructions);
            out.write(bytes, 0, lengthAt);
            out.write(0);
            out.write(0);
            int rest = lengthAt + 2 + instructions;
            out.write(bytes, rest, bytes.length - rest);
            return out.toByteArray();
        }
        int at = 10;
        int flags;
        do {
            flags = glyph.getShort(at) & 0xFFFF;
            ByteBuffer.wrap(bytes).putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        return Arrays.copyOf(bytes, at);
    }

    /** The tables in a font file: sorted directory, four-byte aligned tables, checksums and head's adjustment. */
    private static byte[] assembled(int version, Map<String, byte[]> tables) {
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        int size = 12 + 16 * count;
        for (byte[] table : tables.values()) {
            size += (table.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version).putShort((short) count).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
        int offset = 12 + 16 * count;
        int headAt = -1;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] bytes = table.getValue();
            if (table.getKey().equals("head")) {
                ByteBuffer.wrap(bytes).putInt(8, 0);
                headAt = offset;
            }
            out.put(table.getKey().getBytes(ISO_8859_1))
                    .putInt((int) checksum(bytes)).putInt(offset).putInt(bytes.length);
            out.put(offset, bytes);
            offset += (bytes.length + 3) & ~3;
        }
        out.putInt(headAt + 8, (int) (0xB1B0AFBAL - checksum(out.array())));
        return out.array();
    }

    private static long checksum(byte[] bytes) {
        long sum = 0;
        for (int i = 0; i < bytes.length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < bytes.length ? bytes[i + j] & 0xFF : 0);
            }
            sum += word;
        }
        return sum & 0xFFFFFFFFL;
    }
}
