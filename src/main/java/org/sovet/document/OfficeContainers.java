package org.sovet.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Which Office document a ZIP or OLE2 box holds, by what is inside it (Tika's container detectors
 * come with its heavy parser modules). Anything else — a plain archive, a macro-enabled or encrypted
 * document, a broken file — is an unknown box.
 */
final class OfficeContainers {

    static final String UNKNOWN = "application/octet-stream";
    private static final int MAX_CONTENT_TYPES = 1024 * 1024;

    private OfficeContainers() {}

    /** An OOXML package declares its main part in [Content_Types].xml; a macro-enabled one declares another. */
    static String ooxml(byte[] content) {
        // the central directory is read, not the entries inflated one after another: a ZIP bomb costs nothing
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                return UNKNOWN;
            }
            String declared;
            try (InputStream in = zip.getInputStream(types)) {
                declared = new String(in.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
            }
            if (declared.contains("wordprocessingml.document.main+xml")) {
                return UploadTypes.DOCX;
            }
            if (declared.contains("spreadsheetml.sheet.main+xml")) {
                return UploadTypes.XLSX;
            }
            return declared.contains("presentationml.presentation.main+xml") ? UploadTypes.PPTX : UNKNOWN;
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** Word, Excel and PowerPoint 97–2003 keep their content in a stream of a known name. */
    static String ole2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return UploadTypes.DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return UploadTypes.XLS;
            }
            return root.hasEntry("PowerPoint Document") ? UploadTypes.PPT : UNKNOWN;
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }
}
