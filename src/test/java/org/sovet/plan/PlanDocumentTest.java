package org.sovet.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The approved plan prints as the seed does: the order block, the title, goal, tasks, the table. */
class PlanDocumentTest extends SovetTest {

    @Autowired PlanDocumentRenderer renderer;
    @Autowired WorkPlanService plans;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldPrintTheApprovalOrderBlockAndTheItemsInCyrillicWithEmbeddedFonts() throws IOException {
        WorkPlan approved = new WorkPlan(1, "podosinovets", 2023, PlanStatus.APPROVED, null, null, "kolesnikova",
                Instant.parse("2022-12-20T07:00:00Z"), Instant.parse("2022-12-25T07:00:00Z"), "1-од",
                LocalDate.of(2023, 1, 9), "vorontsov", Instant.parse("2023-01-09T07:00:00Z"), 1);

        byte[] pdf = renderer.render(approved, WorkPlanFixture.podosinovetsPlan(), false);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(
                    "УТВЕРЖДАЮ", "Директор КОГОБУ СШ пгт Подосиновец", "А.Н. Воронцов", "Приказ № 1-од от 09.01.2023",
                    "ПЛАН", "РАБОТЫ ОБРАЗОВАТЕЛЬНОГО КЛАСТЕРА", "Подосиновского района", "на 2023 год",
                    "(Опорная школа - КОГОБУ СШ пгт Подосиновец)", "пгт Подосиновец",
                    "Цель: повышение качества образования через создание единого образовательного пространства",
                    "Задачи:", "формирование современной системы профессиональной ориентации.",
                    "№ Наименование мероприятия Срок реализации Ответственный Результат",
                    "I. Организационно-методическая деятельность", "4.1. Совместные мероприятия с педагогами школ",
                    "2.1 Проведение заседаний образовательного кластера и Координационного Совета 1 раз в квартал",
                    "4.1.2 Окружные педагогические чтения «Константин Дмитриевич Ушинский - народный педагог»");
            assertThat(text).doesNotContain("ПРОЕКТ");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("План работы образовательного кластера на 2023 год");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("embedded as a subset").matches("[A-Z]{6}\\+.+");
                }
            }
        }
    }

    @Test
    void shouldRenderADraftOnceUntilWhatItPrintsChanges() throws IOException {
        long id = plans.open("podosinovets", LocalDate.now(ZoneId.of("Europe/Kirov")).getYear() + 1, "kolesnikova");
        plans.saveDraft(id, WorkPlanFixture.podosinovetsPlan());
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(plans.document(id).content()))).contains("ПРОЕКТ");
        byte[] marker = "не перерисован".getBytes(StandardCharsets.UTF_8);
        jdbc.sql("update plan_draft_document set content = ? where plan_id = ?").params(marker, id).update();

        assertThat(plans.document(id).content()).as("viewed again unchanged: the kept file").isEqualTo(marker);

        PlanContent changed = new PlanContent("Другая цель кластера", WorkPlanFixture.podosinovetsPlan().tasks(),
                WorkPlanFixture.podosinovetsPlan().sections());
        plans.saveDraft(id, changed);
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(plans.document(id).content()))).contains("ПРОЕКТ", "Другая цель кластера");
    }

    @Test
    void shouldMarkADraftAsProjectWithBlankOrderLine() throws IOException {
        WorkPlan draft = new WorkPlan(2, "oparino", 2024, PlanStatus.IN_REVIEW, null, null, "bykova",
                Instant.now(), Instant.now(), null, null, null, null, 1);

        String text = new PDFTextStripper().getText(Loader.loadPDF(renderer.render(draft, WorkPlanFixture.podosinovetsPlan(), false)));

        assertThat(text).contains("ПРОЕКТ", "Приказ № _____ от __________", "Директор КОГОБУ СШ пгт Опарино",
                "Опаринского района", "на 2024 год");
    }
}
