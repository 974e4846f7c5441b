package org.sovet.protocol;

import static org.sovet.document.WordDocument.cell;
import static org.sovet.document.WordDocument.run;
import static org.sovet.protocol.ProtocolPdf.blank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.sovet.document.WordDocument;
import org.sovet.protocol.ProtocolView.Decision;
import org.sovet.protocol.ProtocolView.Item;
import org.sovet.protocol.ProtocolView.Participant;
import org.sovet.protocol.ProtocolView.Signer;
import org.springframework.stereotype.Component;

/**
 * The protocol as a Word document for reading (protected read-only): the same content and order as {@link ProtocolPdf},
 * in the {@link WordDocument} typesetting, the agenda as a real table.
 */
@Component
public class ProtocolDocx {

    /** In twips; the columns fill the 9638 twips between A4's 2 cm margins. */
    private static final int INDENT = 454;
    private static final int[] AGENDA_COLUMNS = {700, 5138, 2500, 1300};
    private static final int[] UNTIMED_AGENDA_COLUMNS = {700, 6438, 2500};
    private static final int[] SIGNATURE_COLUMNS = {4300, 2100, 2000, 1238};

    public byte[] render(ProtocolView view) {
        try (WordDocument doc = new WordDocument(ProtocolPdf.title(view))) {
            if (view.draft()) {
                doc.paragraph(ParagraphAlignment.RIGHT, true, "ПРОЕКТ");
            }
            if (!blank(view.period())) {
                doc.paragraph(ParagraphAlignment.RIGHT, false, view.period());
            }
            doc.paragraph(ParagraphAlignment.CENTER, true, "Протокол № " + view.number(),
                    ProtocolPdf.meeting(view) + " " + view.councilTitle(), "от " + ProtocolPdf.date(view));
            doc.labelled(0, "Формат проведения:", view.format());
            doc.labelled(0, "Место проведения:", view.place());
            doc.labelled(0, "Ссылка на подключение:", view.link());
            doc.labelled(0, "Тема:", view.theme());
            doc.labelled(0, "Организаторы:", view.organizers());
            people(doc, ProtocolPdf.attendance(view), listOf(view.attendees()));
            doc.labelled(INDENT, null, ProtocolPdf.members(view));
            doc.labelled(INDENT, null, view.audience());
            if (!listOf(view.guests()).isEmpty()) {
                people(doc, "Приглашённые:", view.guests());
            }
            doc.labelled(0, null, ProtocolPdf.quorum(view));
            agenda(doc, listOf(view.agenda()), view.timed());
            if (!view.written()) {
                doc.paragraph(ParagraphAlignment.CENTER, true, "Ход заседания");
            }
            doc.labelled(0, null, view.opening());
            listOf(view.agenda()).stream().filter(view::recorded).forEach(item -> narrative(doc, view, item));
            if (view.decisionsAsList()) {
                decisions(doc, view, "Решение Координационного Совета:", "", view.decisions());
            }
            if (view.jointVote() != null) {
                doc.paragraph(ParagraphAlignment.BOTH, false, ProtocolPdf.jointVote(view), ProtocolPdf.jointAdoption(view))
                        .setSpacingBefore(120);
            }
            doc.labelled(0, null, view.closing());
            annexes(doc, listOf(view.annexes()));
            signatures(doc, listOf(view.signers()));
            // The record and the signed PDF are the protocol; an edited DOCX would change neither.
            doc.readOnly();
            return doc.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the protocol as .docx", e);
        }
    }

    private static void people(WordDocument doc, String label, List<Participant> people) {
        doc.paragraph(ParagraphAlignment.LEFT, true, label);
        for (int i = 0; i < people.size(); i++) {
            doc.labelled(INDENT, null, (i + 1) + ". " + ProtocolPdf.participant(people.get(i)));
        }
    }

    private static void agenda(WordDocument doc, List<Item> items, boolean timed) {
        doc.paragraph(ParagraphAlignment.CENTER, true, "Повестка заседания");
        XWPFTable table = doc.table(1 + items.size(), timed ? AGENDA_COLUMNS : UNTIMED_AGENDA_COLUMNS);
        table.getRow(0).setRepeatHeader(true);
        List<String> headers = timed ? List.of("№", "Вопрос", "Докладчик", "Регламент") : List.of("№", "Вопрос", "Докладчик");
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
            if (timed) {
                cell(cells.get(3), false, ProtocolPdf.minutes(item.minutes())).setAlignment(ParagraphAlignment.CENTER);
            }
        }
    }

    private static void narrative(WordDocument doc, ProtocolView view, Item item) {
        XWPFParagraph heard = doc.paragraph(ParagraphAlignment.BOTH);
        heard.setSpacingBefore(120);
        run(heard, item.number() + ". Слушали: ", true, false);
        run(heard, ProtocolPdf.heard(item), false, false);
        doc.labelled(0, null, item.heard());
        doc.labelled(0, "Выступили:", item.spoke());
        if (!view.decisionsAsList()) {
            decisions(doc, view, "Решили:", item.number() + ".", listOf(item.decisions()));
        }
    }

    /** Numbered «1.1.» under an item, or «1.» in the one list after the items. */
    private static void decisions(WordDocument doc, ProtocolView view, String label, String prefix, List<Decision> decisions) {
        boolean jointAdoption = !blank(ProtocolPdf.jointAdoption(view));
        if (!decisions.isEmpty()) {
            doc.paragraph(ParagraphAlignment.LEFT, true, label).setSpacingBefore(120);
        }
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            // a joint vote prints once after all decisions
            doc.paragraph(ParagraphAlignment.BOTH, false, prefix + (i + 1) + ". " + decision.text(),
                    ProtocolPdf.assignment(decision), decision.together() ? null : ProtocolPdf.vote(decision),
                    decision.together() && jointAdoption ? null : ProtocolPdf.adoption(decision)).setIndentationLeft(INDENT);
        }
    }

    private static void annexes(WordDocument doc, List<ProtocolAnnex> annexes) {
        if (!annexes.isEmpty()) {
            doc.paragraph(ParagraphAlignment.LEFT, true, "Приложения:").setSpacingBefore(120);
        }
        annexes.forEach(annex -> doc.paragraph(ParagraphAlignment.LEFT, false, ProtocolPdf.annex(annex)).setIndentationLeft(INDENT));
    }

    /** Borderless, so role, signature line, name and date stay aligned while the text is edited. */
    private static void signatures(WordDocument doc, List<Signer> signers) {
        doc.paragraph(ParagraphAlignment.LEFT).setSpacingBefore(360);
        XWPFTable table = doc.borderless(signers.size(), SIGNATURE_COLUMNS);
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

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
