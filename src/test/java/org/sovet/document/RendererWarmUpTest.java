package org.sovet.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The warm-up page touches every face the documents print with, each embedded as a subset of the cached fonts. */
class RendererWarmUpTest {

    @Test
    void shouldRenderTheRussianWarmUpPageWithEveryFaceEmbeddedAsASubset() throws IOException {
        byte[] pdf = new PdfRenderer(null).pdf(RendererWarmUp.PAGE, "the warm-up page");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Протокол № 1 заседания Координационного Совета",
                    "Решили:", "утвердить план работы.", "Решение принято.");
            List<String> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                var font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).hasSize(4).allMatch(font -> font.matches("[A-Z]{6}\\+LiberationSerif.*"));
        }
    }
}
