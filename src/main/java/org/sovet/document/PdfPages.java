package org.sovet.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalInt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Pages of PDF files: how many an upload has, and a rendered document with uploads appended after its pages. */
public final class PdfPages {

    private PdfPages() {}

    /** The number of pages; empty when the bytes are no PDF that can be read and appended (damaged, encrypted, no pages). */
    public static OptionalInt count(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            return document.isEncrypted() || pages < 1 ? OptionalInt.empty() : OptionalInt.of(pages);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** The document followed by every page of each appended PDF, in order, as one file. */
    public static byte[] append(byte[] document, List<byte[]> appended) {
        if (appended.isEmpty()) {
            return document;
        }
        try (PDDocument whole = Loader.loadPDF(document); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] pdf : appended) {
                try (PDDocument part = Loader.loadPDF(pdf)) {
                    merger.appendDocument(whole, part);
                }
            }
            whole.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append the annexes to the protocol", e);
        }
    }
}
