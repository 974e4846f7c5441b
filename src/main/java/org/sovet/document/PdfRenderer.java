package org.sovet.document;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.sovet.common.RussianDates;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf XHTML template to PDF. Liberation Serif (metric-compatible with Times
 * New Roman, the councils' usual font) is embedded as a subset, so Cyrillic prints on any machine.
 * The fonts are read once and their metrics kept between renders (see {@link EmbeddedFonts}).
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "Liberation Serif";
    private static final String FONT_DIR = "/liberation/";

    /** openhtmltopdf reports every font load at INFO through java.util.logging; held so the level sticks. */
    private static final java.util.logging.Logger RENDERER_LOG = quiet(java.util.logging.Logger.getLogger("com.openhtmltopdf"));

    private static final List<Face> FACES = List.of(
            new Face("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final TemplateEngine templates;
    private final List<byte[]> fonts = FACES.stream().map(face -> EmbeddedFonts.load(FONT_DIR + face.file())).toList();
    private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();

    public PdfRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> model) {
        return pdf(html(template, model), template);
    }

    /** The template's XHTML: what the PDF prints, cheap to compare with what an earlier render printed. */
    public String html(String template, Map<String, Object> model) {
        return templates.process(template, new Context(RussianDates.RUSSIAN, model));
    }

    /** The PDF of XHTML made by {@link #html}; {@code name} only says what failed. */
    public byte[] pdf(String html, String name) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
            for (int i = 0; i < FACES.size(); i++) {
                byte[] font = fonts.get(i);
                builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, FACES.get(i).weight(), FACES.get(i).style(), true);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + name, e);
        }
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private record Face(String file, int weight, FontStyle style) {}
}
