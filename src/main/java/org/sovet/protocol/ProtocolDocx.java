package org.sovet.protocol;

import static org.sovet.protocol.ProtocolPdf.blank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.sovet.protocol.ProtocolView.Decision;
import org.sovet.protocol.ProtocolView.Item;
import org.sovet.protocol.ProtocolView.Participant;
import org.sovet.protocol.ProtocolView.Signer;
import org.springframework.stereotype.Component;

/**
 * The protocol as an editable Word document: the same content and order as {@link ProtocolPdf},
 * in Times New Roman 12 pt on A4 with 2 cm margins, the agenda as a real table.
 */
@Component
public class ProtocolDocx {

    private static final String FONT = "Times New Roman";
    private static final int FONT_SIZE = 12;
    /** Lengths in twips: A4 is 11906 × 16838, 2 cm is 1134, so the text is 9638 wide. */
    private static final BigInteger TWO_CM = BigInteger.valueOf(1134);
    private static final int INDENT = 454;
    private static final int[] AGENDA_COLUMNS = {700, 5138, 2500, 1300};
    private static final int[] SIGNATURE_COLUMNS = {4300, 2100, 2000, 1238};

    public byte[] render(ProtocolView view) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(ProtocolPdf.title(view));
            defaultFont(doc.createStyles());
            if (view.draft()) {
                lines(paragraph(doc, ParagraphAlignment.RIGHT), true, "ПРОЕКТ");
            }
            lines(paragraph(doc, ParagraphAlignment.RIGHT), false, view.period());
            lines(paragraph(doc, ParagraphAlignment.CENTER), true, "Протокол № " + view.number(),
                    "заседания " + view.councilTitle(), "от " + ProtocolPdf.date(view));
            labelled(doc, 0, "Формат проведения:", view.format());
            labelled(doc, 0, "Место проведения:", view.place());
            labelled(doc, 0, "Ссылка на подключение:", view.link());
            labelled(doc, 0, "Тема:", view.theme());
            labelled(doc, 0, "Организаторы:", view.organizers());
            people(doc, "Присутствовали:", listOf(view.attendees()));
            labelled(doc, INDENT, null, view.attendanceNote());
            if (!listOf(view.guests()).isEmpty()) {
                people(doc, "Приглашённые:", view.guests());
            }
            agenda(doc, listOf(view.agenda()));
            lines(paragraph(doc, ParagraphAlignment.CENTER), true, "Ход заседания");
            labelled(doc, 0, null, view.opening());
            listOf(view.agenda()).forEach(item -> narrative(doc, item));
            labelled(doc, 0, null, view.closing());
            signatures(doc, listOf(view.signers()));
            a4(doc.getDocument().getBody().addNewSectPr());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the protocol as .docx", e);
        }
    }

    /** Times New Roman 12 pt as the document default too, so text typed in later matches. */
    private static void defaultFont(XWPFStyles styles) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.getDefaultRunStyle().getRPr().addNewSz().setVal(BigInteger.valueOf(FONT_SIZE * 2L));
    }

    private static void a4(CTSectPr section) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(TWO_CM);
        margins.setBottom(TWO_CM);
        margins.setLeft(TWO_CM);
        margins.setRight(TWO_CM);
    }

    private static void people(XWPFDocument doc, String label, List<Participant> people) {
        lines(paragraph(doc, ParagraphAlignment.LEFT), true, label);
        for (int i = 0; i < people.size(); i++) {
            labelled(doc, INDENT, null, (i + 1) + ". " + ProtocolPdf.participant(people.get(i)));
        }
    }

    private static void agenda(XWPFDocument doc, List<Item> items) {
        lines(paragraph(doc, ParagraphAlignment.CENTER), true, "Повестка заседания");
        XWPFTable table = table(doc, 1 + items.size(), AGENDA_COLUMNS);
        table.getRow(0).setRepeatHeader(true);
        List<String> headers = List.of("№", "Вопрос", "Докладчик", "Регламент");
        for (int column = 0; column < headers.size(); column++) {
            cell(table.getRow(0).getCell(column), true, headers.get(column)).setAlignment(ParagraphAlignment.CENTER);
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            List<XWPFTableCell> cells = table.getRow(i + 1).getTableCells();
            cell(cells.get(0), false, item.number() + ".").setAlignment(ParagraphAlignment.CENTER);
            cell(cells.get(1), false, item.title());
            if (!blank(item.materials())) {
                run(cells.get(1).addParagraph(), "Материалы: " + item.materials(), false, true);
            }
            cell(cells.get(2), false, item.speaker());
            cell(cells.get(3), false, ProtocolPdf.minutes(item.minutes())).setAlignment(ParagraphAlignment.CENTER);
        }
    }

    private static void narrative(XWPFDocument doc, Item item) {
        XWPFParagraph heard = paragraph(doc, ParagraphAlignment.BOTH);
        heard.setSpacingBefore(120);
        run(heard, item.number() + ". Слушали: ", true, false);
        run(heard, ProtocolPdf.heard(item), false, false);
        labelled(doc, 0, null, item.heard());
        labelled(doc, 0, "Выступили:", item.spoke());
        List<Decision> decisions = listOf(item.decisions());
        if (!decisions.isEmpty()) {
            lines(paragraph(doc, ParagraphAlignment.LEFT), true, "Решили:");
        }
        for (int i = 0; i < decisions.size(); i++) {
            XWPFParagraph decision = paragraph(doc, ParagraphAlignment.BOTH);
            decision.setIndentationLeft(INDENT);
            lines(decision, false, item.number() + "." + (i + 1) + ". " + decisions.get(i).text(),
                    ProtocolPdf.assignment(decisions.get(i)), ProtocolPdf.vote(decisions.get(i)));
        }
    }

    /** Borderless, so role, signature line, name and date stay aligned while the text is edited. */
    private static void signatures(XWPFDocument doc, List<Signer> signers) {
        paragraph(doc, ParagraphAlignment.LEFT).setSpacingBefore(360);
        XWPFTable table = table(doc, signers.size(), SIGNATURE_COLUMNS);
        table.removeBorders();
        for (int i = 0; i < signers.size(); i++) {
            Signer signer = signers.get(i);
            List<XWPFTableCell> cells = table.getRow(i).getTableCells();
            cell(cells.get(0), false, signer.roleTitle(), signer.position());
            cell(cells.get(1), false, "________________");
            cell(cells.get(2), false, signer.name());
            cell(cells.get(3), false, ProtocolPdf.signedOn(signer)).setAlignment(ParagraphAlignment.RIGHT);
            cells.forEach(cell -> cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.BOTTOM));
        }
    }

    /** A table with its grid set, so Word and LibreOffice agree on the column widths. */
    private static XWPFTable table(XWPFDocument doc, int rows, int... widths) {
        XWPFTable table = doc.createTable(rows, widths.length);
        table.setWidth(String.valueOf(IntStream.of(widths).sum()));
        CTTblGrid grid = table.getCTTbl().addNewTblGrid();
        for (int column = 0; column < widths.length; column++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[column]));
            for (int row = 0; row < rows; row++) {
                table.getRow(row).getCell(column).setWidth(String.valueOf(widths[column]));
            }
        }
        return table;
    }

    private static XWPFParagraph cell(XWPFTableCell cell, boolean bold, String... lines) {
        return lines(cell.getParagraphs().get(0), bold, lines);
    }

    /** A justified paragraph «label text», the label in bold; nothing when the text is blank. */
    private static void labelled(XWPFDocument doc, int indent, String label, String text) {
        if (blank(text)) {
            return;
        }
        XWPFParagraph paragraph = paragraph(doc, ParagraphAlignment.BOTH);
        if (indent > 0) {
            paragraph.setIndentationLeft(indent);
        }
        if (label != null) {
            run(paragraph, label + " ", true, false);
        }
        run(paragraph, text, false, false);
    }

    /** The non-blank lines as one paragraph with line breaks, as one would type them in Word. */
    private static XWPFParagraph lines(XWPFParagraph paragraph, boolean bold, String... lines) {
        List<String> present = Stream.of(lines).filter(line -> !blank(line)).toList();
        for (int i = 0; i < present.size(); i++) {
            XWPFRun run = run(paragraph, present.get(i), bold, false);
            if (i < present.size() - 1) {
                run.addBreak();
            }
        }
        return paragraph;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(60);
        return paragraph;
    }

    /** Font and size on every run as well, so a run copied into another document keeps them. */
    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(FONT_SIZE);
        run.setText(text);
        return run;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
