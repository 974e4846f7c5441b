package org.sovet.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

/** The stored protocol's text as a reader sees it: the PDF's and the DOCX's, white space made single. */
@Component
public class SignedProtocolTexts {

    private final ProtocolService protocols;

    SignedProtocolTexts(ProtocolService protocols) {
        this.protocols = protocols;
    }

    public List<String> of(long meetingId) {
        StoredProtocol stored = protocols.stored(meetingId).orElseThrow();
        try (var pdf = Loader.loadPDF(stored.pdf());
             var docx = new XWPFDocument(new ByteArrayInputStream(stored.docx()))) {
            return List.of(normalized(new PDFTextStripper().getText(pdf)), normalized(new XWPFWordExtractor(docx).getText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
