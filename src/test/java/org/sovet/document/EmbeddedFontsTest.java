package org.sovet.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The fonts the PDFs embed are read once, without glyph substitution, and are otherwise the same fonts. */
class EmbeddedFontsTest {

    private static final String REGULAR = "/liberation/LiberationSerif-Regular.ttf";

    @Test
    void shouldLeaveOutTheGlyphSubstitutionTableAndKeepEveryOtherOne() throws IOException {
        try (TrueTypeFont original = parse(original()); TrueTypeFont loaded = parse(EmbeddedFonts.load(REGULAR))) {
            assertThat(original.getTableMap()).containsKey("GSUB");
            assertThat(loaded.getTableMap()).doesNotContainKey("GSUB")
                    .hasSize(original.getTableMap().size() - 1);
            assertThat(loaded.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
            int cyrillic = loaded.getUnicodeCmapLookup().getGlyphId('Ж');
            assertThat(cyrillic).isPositive().isEqualTo(original.getUnicodeCmapLookup().getGlyphId('Ж'));
            assertThat(loaded.getAdvanceWidth(cyrillic)).isEqualTo(original.getAdvanceWidth(cyrillic));
        }
    }

    private static byte[] original() throws IOException {
        try (InputStream in = EmbeddedFontsTest.class.getResourceAsStream(REGULAR)) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
