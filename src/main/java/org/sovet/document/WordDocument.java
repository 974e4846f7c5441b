package org.sovet.document;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

/**
 * An editable Word document set as council papers are: Times New Roman 12 pt on A4 with 2 cm
 * margins. Features add paragraphs and tables; the typesetting lives here once.
 */
public final class WordDocument implements Closeable {

    private static final String FONT = "Times New Roman";
    private static final int FONT_SIZE = 12;
    /** Lengths in twips: A4 is 11906 × 16838, 2 cm is 1134, so the text is 9638 wide. */
    private static final BigInteger TWO_CM = BigInteger.valueOf(1134);

    private final XWPFDocument doc = new XWPFDocument();

    public WordDocument(String title) {
        doc.getProperties().getCoreProperties().setTitle(title);
        defaultFont(doc.createStyles());
        a4(doc);
    }

    public XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(60);
        return paragraph;
    }

    /** The non-blank lines as one paragraph with line breaks, as one would type them in Word. */
    public XWPFParagraph paragraph(ParagraphAlignment alignment, boolean bold, String... lines) {
        return lines(paragraph(alignment), bold, lines);
    }

    /**
     * Justified paragraphs «label text», one per line of the text as typed, the label (if any) in bold
     * before the first; nothing when the text is blank.
     */
    public void labelled(int indent, String label, String text) {
        if (blank(text)) {
            return;
        }
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
            if (indent > 0) {
                paragraph.setIndentationLeft(indent);
            }
            if (label != null && i == 0) {
                run(paragraph, label + " ", true, false);
            }
            run(paragraph, lines.get(i), false, false);
        }
    }

    /** A table with its grid set, so Word and LibreOffice agree on the column widths (in twips). */
    public XWPFTable table(int rows, int... widths) {
        XWPFTable table = doc.createTable(rows, widths.length);
        table.setWidth(String.valueOf(IntStream.of(widths).sum()));
        var grid = table.getCTTbl().addNewTblGrid();
        for (int column = 0; column < widths.length; column++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[column]));
            for (int row = 0; row < rows; row++) {
                table.getRow(row).getCell(column).setWidth(String.valueOf(widths[column]));
            }
        }
        return table;
    }

    /** A table that only lays text out in columns, with no lines to print. */
    public XWPFTable borderless(int rows, int... widths) {
        XWPFTable table = table(rows, widths);
        table.removeBorders();
        return table;
    }

    /** Word opens it read-only: a copy for reading, not a text whose edits would go anywhere. */
    public void readOnly() {
        doc.enforceReadonlyProtection();
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /** Fills a fresh cell's own first paragraph, so the cell gets no empty line above the text. */
    public static XWPFParagraph cell(XWPFTableCell cell, boolean bold, String... lines) {
        return lines(cell.getParagraphs().get(0), bold, lines);
    }

    /** Font and size on every run as well, so a run copied into another document keeps them. */
    public static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(FONT_SIZE);
        run.setText(text);
        return run;
    }

    private static XWPFParagraph lines(XWPFParagraph paragraph, boolean bold, String... lines) {
        var present = Stream.of(lines).filter(line -> !blank(line)).toList();
        for (int i = 0; i < present.size(); i++) {
            XWPFRun run = run(paragraph, present.get(i), bold, false);
            if (i < present.size() - 1) {
                run.addBreak();
            }
        }
        return paragraph;
    }

    /** The default font too, so text typed in later matches. */
    private static void defaultFont(XWPFStyles styles) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.getDefaultRunStyle().getRPr().addNewSz().setVal(BigInteger.valueOf(FONT_SIZE * 2L));
    }

    private static void a4(XWPFDocument doc) {
        var section = doc.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        margins.setTop(TWO_CM);
        margins.setBottom(TWO_CM);
        margins.setLeft(TWO_CM);
        margins.setRight(TWO_CM);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
