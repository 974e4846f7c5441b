package org.sovet.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The annual plan as people approve it: in Tasklist, in a real Chromium, in Russian. */
class PlanApprovalInBrowserTest extends SovetTest {

    private static final int YEAR = Year.now(ZoneId.of("Europe/Kirov")).getValue() + 1;

    @LocalServerPort int port;
    @Autowired WorkPlanService plans;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;
    @Autowired WorkPlanFixture fixture;

    @Test
    void shouldApproveInTasklistAPlanTheMethodistDraftedInTasklist() {
        try (Browser browser = new Browser(port, "plan-approval")) {
            browser.logInToTasklist(WorkPlanFixture.METHODIST);
            startPlanApproval(browser);
            draftAndSubmit(browser);
            browser.logOutOfTasklist();

            browser.logInToTasklist(WorkPlanFixture.DIRECTOR);
            approveByOrder(browser);
            scenario.runAllJobs();
            readInTheArchiveWithItsTrail(browser);
        }

        WorkPlan approved = plans.plan(planId());
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.orderNumber()).isEqualTo("7-од");
        assertThat(approved.approvedBy()).isEqualTo(WorkPlanFixture.DIRECTOR);
        assertThat(plans.content(approved.id()).goal()).isEqualTo("Повышение качества образования через сетевое взаимодействие");
    }

    @Test
    void shouldExplainMissingFieldsInRussianBeforeAnythingIsSent() {
        try (Browser browser = new Browser(port, "plan-validation")) {
            browser.logInToTasklist(WorkPlanFixture.METHODIST);
            startPlanApproval(browser);
            browser.click(browser.field("Цель"));
            browser.click(browser.field("Задача"));
            browser.click(browser.field("Цель"));
            browser.waitForText("Заполните это поле.");
            assertThat(browser.text()).doesNotContain("Field is required", "Add new").contains("Добавить");
            browser.screenshot("russian-validation");
        }
        assertThat(tasks.createTaskQuery().taskDefinitionKey(WorkPlanProcess.Elements.REVIEW_PLAN).count())
                .as("nothing was submitted").isZero();
    }

    /** The director reads the whole plan on a 1366 px laptop: goal, tasks, every section and item, nothing sideways. */
    @Test
    void shouldShowTheDirectorTheWholePlanAt1366PixelsWithoutSidewaysScrolling() {
        PlanContent plan = WorkPlanFixture.podosinovetsPlan();
        var instance = fixture.start(YEAR);
        fixture.draft(instance, plan, WorkPlanProcess.ACTION_SUBMIT);

        try (Browser browser = new Browser(port, "plan-review-1366")) {
            browser.logInToTasklist(WorkPlanFixture.DIRECTOR);
            browser.resize(1366, 768);
            browser.chooseFilter("Задачи моей группы");
            browser.openTask("Утвердить план работы кластера");
            browser.waitForText("Окружные педагогические чтения");
            browser.click(By.cssSelector("button.claim"));
            browser.visible(By.cssSelector(".fjs-container .fjs-form-field-radio"));
            String text = browser.text();
            assertThat(text).contains(plan.goal());
            plan.tasks().forEach(task -> assertThat(text).contains(task.text()));
            for (PlanContent.Section section : plan.sections()) {
                assertThat(text).contains(section.number() + " " + section.title());
                for (PlanContent.Item item : section.items()) {
                    assertThat(text).contains(item.number() + " " + item.what(), "Срок: " + item.period(),
                            "Ответственный: " + item.responsible(), "Результат: " + item.result());
                }
            }
            browser.screenshot("whole-plan");
            assertThat(browser.evaluate("return window.innerWidth")).isEqualTo(1366L);
            assertThat(browser.evaluate("const page = document.scrollingElement; return page.scrollWidth <= page.clientWidth"))
                    .as("the page does not scroll sideways").isEqualTo(true);
            assertThat(browser.evaluate("const form = document.querySelector('.fjs-container'); return form.scrollWidth <= form.clientWidth"))
                    .as("the form does not scroll sideways").isEqualTo(true);
            // Tasklist's own gutters overflow harmlessly; what counts is a box with a sideways scrollbar, or text out of the pane
            assertThat(browser.evaluate("""
                    const wide = [];
                    for (let e = document.querySelector('.fjs-container'); e; e = e.parentElement) {
                      if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth) {
                        wide.push('scrolls: ' + (e.className || e.tagName));
                      }
                    }
                    const pane = document.querySelector('.fjs-container').parentElement.getBoundingClientRect().right;
                    document.querySelectorAll('.fjs-container *').forEach(e => {
                      if (e.getBoundingClientRect().right > pane + 0.5) wide.push('beyond the pane: ' + e.tagName + ' ' + e.textContent.slice(0, 40));
                    });
                    return wide;""")).as("what is out of sight sideways").asList().isEmpty();
            browser.evaluate("document.querySelector('.fjs-container .fjs-form-field-radio').scrollIntoView({block: 'end'})");
            browser.screenshot("plan-items");
        }
    }

    private void startPlanApproval(Browser browser) {
        browser.screenshot("tasklist");
        browser.click(By.xpath("//a[normalize-space(.)='Запустить процесс']"));
        browser.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='Утверждение плана работы кластера']"));
        browser.fill("Год плана", String.valueOf(YEAR));
        browser.screenshot("start-form");
        browser.clickButton("Запустить");
        browser.chooseFilter("Мои задачи");
        browser.openTask("Составить план работы кластера");
    }

    private void draftAndSubmit(Browser browser) {
        browser.fill("Цель", "Повышение качества образования через сетевое взаимодействие");
        browser.fill("Задача", "Организовать методическое сопровождение педагогов кластера");
        browser.fill("Номер раздела", "1");
        browser.fill("Название раздела", "Организационно-методическая работа");
        browser.click(By.xpath("(//button[contains(@class,'fjs-repeat-render-add')])[2]"));
        browser.fill("№", "1.1");
        browser.fill("Наименование мероприятия", "Проведение заседаний Координационного Совета");
        browser.fill("Срок реализации", "1 раз в квартал");
        browser.fill("Ответственный", "Колесникова И.П.");
        browser.choose("Отправить директору на утверждение");
        browser.screenshot("plan-draft");
        browser.complete();
        assertThat(tasks.createTaskQuery().taskDefinitionKey(WorkPlanProcess.Elements.REVIEW_PLAN).count()).isEqualTo(1);
    }

    private void approveByOrder(Browser browser) {
        browser.chooseFilter("Задачи моей группы");
        browser.openTask("Утвердить план работы кластера");
        browser.waitForText("Проведение заседаний Координационного Совета");
        assertThat(browser.text()).as("the section's heading row above its items").contains("Организационно-методическая работа");
        browser.click(By.cssSelector("button.claim"));
        browser.choose("Утвердить приказом");
        browser.fill("Номер приказа", "7-од");
        browser.click(browser.field("Дата приказа"));
        browser.click(By.cssSelector(".flatpickr-calendar.open .flatpickr-day.today"));
        browser.screenshot("plan-review");
        browser.complete();
    }

    /** The Tasklist login is the portal's: the director opens the archive and the plan's history. */
    private void readInTheArchiveWithItsTrail(Browser browser) {
        browser.click(By.linkText("Архив Совета"));
        browser.click(By.linkText("Образовательный кластер Подосиновского района"));
        browser.select("year", String.valueOf(YEAR));
        browser.clickButton("Найти");
        browser.waitForText("№ 7-од");
        assertThat(browser.text()).contains("Повышение качества образования через сетевое взаимодействие");
        browser.screenshot("portal-approved-plan");

        browser.click(By.xpath("//a[normalize-space(.)='История' and contains(@href, '/audit/plans/')]"));
        browser.waitForText("Утвердить план работы кластера");
        assertThat(browser.text()).contains("Составить план работы кластера", "Колесникова И.П.",
                "Воронцов А.Н.", "7-од", "версия 1");
        browser.screenshot("audit-trail");
    }

    private long planId() {
        return jdbc.sql("select id from work_plan").query(Long.class).single();
    }
}
