package org.sovet.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An upload is what its bytes are: documents and scans pass under their real type; anything else is refused. */
class UploadTypesTest {

    @Test
    void shouldRecogniseTheCouncilsDocumentsByTheirBytesWhateverTheirName() throws IOException {
        assertThat(UploadTypes.of("протокол.pdf", UploadSamples.pdf())).contains("application/pdf");
        assertThat(UploadTypes.of("без расширения", UploadSamples.pdf())).contains("application/pdf");
        assertThat(UploadTypes.of("план.docx", UploadSamples.docx())).contains(UploadTypes.DOCX);
        assertThat(UploadTypes.of("назван как таблица.xlsx", UploadSamples.docx())).contains(UploadTypes.DOCX);
        assertThat(UploadTypes.of("график.xlsx", written(new XSSFWorkbook()))).contains(UploadTypes.XLSX);
        assertThat(UploadTypes.of("доклад.pptx", written(new XMLSlideShow()))).contains(UploadTypes.PPTX);
        assertThat(UploadTypes.of("старый.xls", written(new HSSFWorkbook()))).contains(UploadTypes.XLS);
        assertThat(UploadTypes.of("старый.doc", ole2("WordDocument"))).contains(UploadTypes.DOC);
        assertThat(UploadTypes.of("справка.odt", odf("application/vnd.oasis.opendocument.text")))
                .contains("application/vnd.oasis.opendocument.text");
        assertThat(UploadTypes.of("письмо.rtf", "{\\rtf1\\ansi Справка}".getBytes(StandardCharsets.US_ASCII))).contains("application/rtf");
        assertThat(UploadTypes.of("скан.jpg", UploadSamples.jpeg())).contains("image/jpeg");
        assertThat(UploadTypes.of("скан.png", UploadSamples.png())).contains("image/png");
    }

    @Test
    void shouldTakeTextAndCsvInUtf8AndInWindows1251() {
        assertThat(UploadTypes.of("заметки.txt", "Повестка: отчёт".getBytes(StandardCharsets.UTF_8))).contains("text/plain");
        assertThat(UploadTypes.of("выгрузка.csv", "Школа;Учеников\r\nОпорная;120\r\n".getBytes(StandardCharsets.UTF_8)))
                .contains("text/csv");
        byte[] fromOneC = "Школа;Учеников\r\nОпорная;120\r\n".getBytes(Charset.forName("windows-1251"));
        assertThat(UploadTypes.of("выгрузка.csv", fromOneC)).contains("text/csv");
        assertThat(UploadTypes.of("выгрузка.bin", fromOneC)).isEmpty();
    }

    @Test
    void shouldRefuseWhatABrowserWouldRunOrAComputerWouldExecute() throws IOException {
        assertThat(UploadTypes.of("отчёт.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(UploadTypes.of("заметки.txt", "<!DOCTYPE html><body onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(UploadTypes.of("схема.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(UploadTypes.of("отчёт.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})).isEmpty();
        assertThat(UploadTypes.of("отчёт.pdf", new byte[] {1, 2, 3})).as("unknown bytes named as PDF").isEmpty();
        assertThat(UploadTypes.of("план.docx", zip("index.html", "<html>"))).as("an archive named as DOCX").isEmpty();
        assertThat(UploadTypes.of("макрос.docx", zip("[Content_Types].xml",
                "<Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/>"))).isEmpty();
        assertThat(UploadTypes.of("письмо.msg", ole2("__substg1.0_0037001F"))).isEmpty();
    }

    private static byte[] written(org.apache.poi.ooxml.POIXMLDocument document) throws IOException {
        try (document; var out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] written(HSSFWorkbook workbook) throws IOException {
        try (workbook; var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Лист1");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** An OLE2 file whose single stream has the given name, as Word 97 keeps «WordDocument». */
    private static byte[] ole2(String stream) throws IOException {
        try (var fs = new POIFSFileSystem(); var out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** An OpenDocument file: its «mimetype» entry first and stored, as the standard requires. */
    private static byte[] odf(String type) throws IOException {
        byte[] mimetype = type.getBytes(StandardCharsets.US_ASCII);
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] zip(String name, String text) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
