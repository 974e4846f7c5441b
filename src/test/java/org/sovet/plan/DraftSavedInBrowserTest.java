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

/** The methodist saves her plan's draft in Tasklist and is told so; the draft comes back by itself with her text. */
class DraftSavedInBrowserTest extends SovetTest {

    private static final int YEAR = Year.now(ZoneId.of("Europe/Kirov")).getValue() + 1;
    private static final String GOAL = "Повышение качества образования через сетевое взаимодействие";

    @LocalServerPort int port;
    @Autowired TaskService tasks;

    @Test
    void shouldSayTheDraftIsSavedAndReopenItWithHerText() {
        try (Browser browser = new Browser(port, "draft-saved")) {
            browser.logInToTasklist(WorkPlanFixture.METHODIST);
            browser.click(By.xpath("//a[normalize-space(.)='Запустить процесс']"));
            browser.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='Утверждение плана работы кластера']"));
            browser.fill("Год плана", String.valueOf(YEAR));
            browser.clickButton("Запустить");
            browser.chooseFilter("Мои задачи");
            browser.openTask("Составить план работы кластера");
            browser.fill("Цель", GOAL);
            browser.fill("Задача", "Организовать методическое сопровождение педагогов кластера");
            browser.fill("Название раздела", "Организационно-методическая работа");

            browser.clickButton("Сохранить");
            browser.waitForText("Черновик сохранён");
            assertThat(browser.text()).as("Tasklist's own save keeps the form in this browser only").contains("в этом браузере");
            browser.screenshot("tasklist-save");

            browser.choose("Сохранить черновик и продолжить позже");
            browser.complete();
            browser.waitForTask(tasks.createTaskQuery().taskDefinitionKey(WorkPlanProcess.Elements.DRAFT_PLAN).singleResult().getId());
            browser.waitForText("План открыт снова с вашим текстом");
            assertThat(browser.text()).contains("Черновик сохранён");
            assertThat(browser.field("Цель").getAttribute("value")).isEqualTo(GOAL);
            browser.screenshot("draft-saved-and-reopened");
        }
    }
}
