package org.sovet.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A TrueType font's bytes, read once and kept, without its glyph substitution table (GSUB). PDFBox runs every
 * string it writes through a font's GSUB rules when the font has them (FontBox's regular-expression splitter:
 * most of a protocol's allocation); Russian and Latin text needs no ligatures or contextual forms, and the
 * embedded subset never carried the table anyway.
 */
final class EmbeddedFonts {

    private static final int DIRECTORY = 12;
    private static final int ENTRY = 16;

    private EmbeddedFonts() {
    }

    static byte[] load(String resource) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No font " + resource + " on the class path");
            }
            return withoutTable(in.readAllBytes(), "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }

    /**
     * The font with one table left out of its directory; the tables' data stay where they are (each directory
     * entry holds its table's absolute offset), so only the directory is rewritten.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        byte[] copy = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        int kept = 0;
        for (int i = 0; i < tables; i++) {
            int entry = DIRECTORY + i * ENTRY;
            if (!new String(font, entry, 4, StandardCharsets.US_ASCII).equals(tag)) {
                System.arraycopy(font, entry, copy, DIRECTORY + kept * ENTRY, ENTRY);
                kept++;
            }
        }
        if (kept == tables) {
            return font;
        }
        Arrays.fill(copy, DIRECTORY + kept * ENTRY, DIRECTORY + tables * ENTRY, (byte) 0);
        int power = Integer.highestOneBit(kept);
        buffer.putShort(4, (short) kept);
        buffer.putShort(6, (short) (power * ENTRY));
        buffer.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        buffer.putShort(10, (short) ((kept - power) * ENTRY));
        return copy;
    }
}
