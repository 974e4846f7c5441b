package org.sovet.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.sovet.protocol.ProtocolView.Decision;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Both copies of a protocol, the printed PDF and the read-only DOCX, carry everything the seed protocol has. */
class ProtocolDocumentsTest extends SovetTest {

    @Autowired ProtocolPdf pdf;
    @Autowired ProtocolDocx docx;

    @Test
    void shouldPrintEveryElementOfTheProtocolInThePdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(ProtocolExamples.oparino()))) {
            String text = normalized(new PDFTextStripper().getText(document));

            assertContainsTheOparinoProtocol(text);
            assertThat(text).contains("№ Вопрос Докладчик Регламент");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(
                    "Протокол № 2 заседания Координационного Совета Опаринского образовательного кластера от 28 января 2021 г.");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void shouldWriteTheSameProtocolAsAnEditableWordDocumentWithTheAgendaAsATable() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.render(ProtocolExamples.oparino())))) {
            String text = normalized(new XWPFWordExtractor(document).getText());

            assertContainsTheOparinoProtocol(text);
            XWPFTable agenda = document.getTables().get(0);
            assertThat(agenda.getRows()).hasSize(5);
            assertThat(agenda.getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("№", "Вопрос", "Докладчик", "Регламент");
            assertThat(agenda.getRow(1).getCell(1).getText()).startsWith("Анализ работы кластера за 2020 год.");
            assertThat(agenda.getRow(1).getCell(2).getText()).isEqualTo("О.А.Жилина, Т.В.Боханова");
            assertThat(agenda.getRow(4).getCell(3).getText()).isEqualTo("10 мин");
            assertThat(document.getTables().get(1).getRow(0).getCell(2).getText()).isEqualTo("О.А. Жилина");
        }
    }

    @Test
    void shouldSetTheWordCopyInTimesNewRoman12OnA4WithTwoCentimetreMargins() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.render(ProtocolExamples.oparino())))) {
            Stream<XWPFParagraph> paragraphs = Stream.concat(document.getParagraphs().stream(),
                    document.getTables().stream().flatMap(table -> table.getRows().stream())
                            .flatMap(row -> row.getTableCells().stream()).flatMap(cell -> cell.getParagraphs().stream()));
            assertThat(paragraphs.flatMap(paragraph -> paragraph.getRuns().stream())).isNotEmpty()
                    .allSatisfy(run -> assertThat(fontOf(run)).isEqualTo("Times New Roman 12.0"));
            assertThat(document.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(12.0);
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgMar().getLeft()).hasToString("1134");
        }
    }

    @Test
    void shouldMarkADraftAsProjectInBothCopiesWithTheLinkGuestsAndAttendanceCount() throws IOException {
        ProtocolView draft = ProtocolExamples.oparinoDraft();

        for (String text : List.of(pdfText(pdf.render(draft)), docxText(docx.render(draft)))) {
            assertThat(text).contains("ПРОЕКТ", "Ссылка на подключение: https://meet.example.org/oparino-2",
                    "Присутствовали: 1. Боханова Т.В.",
                    "8 членов Координационного Совета из 8 образовательных организаций",
                    "Приглашённые: 1. Попова А.С. – библиотекарь, Опаринская центральная библиотека");
        }
    }

    @Test
    void shouldWriteZeroVotesAsNoneAndARejectedDecisionAsNotAdopted() {
        assertThat(ProtocolPdf.vote(new Decision("Перенести заседание.", 3, 4, 0, false, null, null, false, null, false)))
                .isEqualTo("Результат голосования: за — 3, против — 4, воздержались — нет. Решение не принято.");
    }

    @Test
    void shouldCountTheMembersPresentWithoutNamesInPeopleAsCouncilsWriteIt() {
        assertThat(Stream.of(1, 3, 7, 12, 22).map(n -> ProtocolPdf.members(ProtocolExamples.oparinoWithoutNames(n))))
                .containsExactly("члены Координационного Совета — 1 человек", "члены Координационного Совета — 3 человека",
                        "члены Координационного Совета — 7 человек", "члены Координационного Совета — 12 человек",
                        "члены Координационного Совета — 22 человека");
    }

    private static void assertContainsTheOparinoProtocol(String text) {
        assertThat(text).contains("2020-2021 учебный год", "Протокол № 2",
                "заседания Координационного Совета Опаринского образовательного кластера", "от 28 января 2021 г.",
                "Формат проведения: онлайн",
                "Тема: Итоги работы кластера за 2020 год и основные направления работы на 2021 год",
                "Организаторы: КОГОБУ СШ пгт Опарино (опорная школа), РУО Опаринского района",
                "Присутствовали: 1. Боханова Т.В. – начальник, РУО Опаринского района, член Координационного Совета",
                "3. Жилина О.А. – директор, КОГОБУ СШ пгт Опарино, председатель Координационного Совета",
                "8. Котельникова И.Н. – директор, МКОУ ООШ д. Стрельская, член Координационного Совета",
                "Повестка заседания", "Регламент", "О.А.Жилина, Т.В.Боханова", "10 мин", "5 мин",
                "Материалы: Приложение 2. График посещений",
                "1. Слушали: Анализ работы кластера за 2020 год. Основные направления работы кластера на 2021 год. "
                        + "(докладчик: О.А.Жилина, Т.В.Боханова)",
                "2. Слушали: Организация работы сетевого профильного (педагогического) класса. (докладчик: О.А.Жилина)",
                "Выступили: Герус М.Я., Куншин Д.В.",
                "3. Слушали: «Восстановительные технологии в школе. Школьные службы медиации»",
                "4. Слушали: Новые возможности опорной школы.", "Решили:",
                "4.1. Опорной школе составить график посещений обучающимися муниципальных школ Центра «Точка роста» "
                        + "(1 раз в месяц) (Приложение 2). Ответственный: Опорная школа.",
                "Ответственный: Опорная школа. Срок: апрель 2021 года.",
                "Результат голосования: за — 8, против — нет, воздержались — нет. Решение принято.",
                "Председатель Опаринского образовательного кластера", "директор КОГОБУ СШ пгт Опарино",
                "О.А. Жилина 28.01.2021", "Секретарь Координационного Совета", "Н.В. Быкова");
        ProtocolExamples.oparino().attendees().forEach(person -> assertThat(text).contains(
                person.name() + " – " + person.position() + ", " + person.organization() + ", " + person.role()));
        ProtocolExamples.oparino().agenda().stream().flatMap(item -> item.decisions().stream())
                .forEach(decision -> assertThat(text).contains(decision.text()));
        assertThat(text.split("Результат голосования", -1)).hasSize(7);
        assertThat(text).doesNotContain("ПРОЕКТ");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalized(new PDFTextStripper().getText(document));
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return normalized(new XWPFWordExtractor(document).getText());
        }
    }

    private static String fontOf(XWPFRun run) {
        return run.getFontFamily() + " " + run.getFontSizeAsDouble();
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
