package org.sovet.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.sovet.common.RussianDates;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf XHTML template to PDF. Liberation Serif (metric-compatible with Times
 * New Roman, the councils' usual font) is embedded, so Cyrillic prints on any machine.
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "Liberation Serif";
    private static final String FONT_DIR = "/liberation/";

    /** openhtmltopdf reports every font load at INFO through java.util.logging; held so the level sticks. */
    private static final java.util.logging.Logger RENDERER_LOG = quiet(java.util.logging.Logger.getLogger("com.openhtmltopdf"));

    private final TemplateEngine templates;

    PdfRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> model) {
        String html = templates.process(template, new Context(RussianDates.RUSSIAN, model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL);
            font(builder, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC);
            font(builder, "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + template, e);
        }
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT_DIR + file), FONT_FAMILY, weight, style, true);
    }
}
