package org.sovet.document;

import java.io.IOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first PDF after a start costs seconds (PDFBox looks through the machine's fonts for its standard ones,
 * classes load, code is still interpreted), the first DOCX too: a small Russian page is rendered once as each in the
 * background when the application is ready, so no secretary's protocol pays for it. Start-up and readiness never
 * wait for it.
 */
@Component
class RendererWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(RendererWarmUp.class);

    static final String PAGE = "<html><head><style>body { font-family: '" + PdfRenderer.FONT_FAMILY + "'; }</style></head>"
            + "<body><p>Протокол № 1 заседания Координационного Совета</p><p><b>Решили:</b> <i>утвердить план работы.</i>"
            + " <b><i>Решение принято.</i></b></p></body></html>";

    private final PdfRenderer renderer;
    private final boolean enabled;

    RendererWarmUp(PdfRenderer renderer, @Value("${sovet.documents.warm-up:true}") boolean enabled) {
        this.renderer = renderer;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled) {
            Thread thread = new Thread(this::warmUp, "pdf-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    /** A failure here is only a slower first document, never a reason to stop the application. */
    void warmUp() {
        long started = System.nanoTime();
        try {
            renderer.pdf(PAGE, "the warm-up page");
            // the protocol's DOCX beside it: POI's first document loads its XML schema types (seconds)
            try (WordDocument word = new WordDocument("Протокол № 1")) {
                word.paragraph(ParagraphAlignment.CENTER, true, "Протокол № 1 заседания Координационного Совета");
                word.table(1, 4819, 4819);
                word.readOnly();
                word.toBytes();
            }
            LOG.info("PDF and DOCX renderers warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Document renderers' warm-up failed; the first document renders cold", e);
        }
    }
}
