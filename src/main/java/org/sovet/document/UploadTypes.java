package org.sovet.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded file really is, read from its bytes: the client's content type and name are its
 * own claims. The councils exchange documents, spreadsheets, presentations and scans; anything else
 * (HTML, SVG, scripts, programs, archives) is refused, so nothing a reader downloads can act for its sender.
 */
public final class UploadTypes {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String DOC = "application/msword";
    static final String XLS = "application/vnd.ms-excel";
    static final String PPT = "application/vnd.ms-powerpoint";

    private static final Set<String> ALLOWED = Set.of("application/pdf", DOCX, XLSX, PPTX, DOC, XLS, PPT,
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/rtf", "text/plain", "text/csv",
            "image/jpeg", "image/png");

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

    private UploadTypes() {}

    /** The file's real content type when the councils may upload it; empty when they may not. */
    public static Optional<String> of(String fileName, byte[] content) {
        String type = detect(fileName, content);
        return ALLOWED.contains(type) ? Optional.of(type) : Optional.empty();
    }

    private static String detect(String fileName, byte[] content) {
        String bytes = tika(content, null);
        return switch (bytes) {
            // Tika's core sees a ZIP or an OLE2 box; what is inside decides, not the name
            case "application/zip", "application/x-tika-ooxml" -> OfficeContainers.ooxml(content);
            case "application/x-tika-msoffice" -> OfficeContainers.ole2(content);
            // Tika takes Windows-1251 text (1C exports) for binary
            case "application/octet-stream" -> SingleByteText.of(fileName, content);
            // the name may only narrow what the bytes are: text/plain to text/csv, never PDF to anything
            default -> tika(content, fileName);
        };
    }

    private static String tika(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try {
            return TIKA.detect(new ByteArrayInputStream(content), metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
