package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One cluster never sees another's work, in the browser as through the API. */
class TenantIsolationInBrowserTest extends SovetTest {

    private static final String OPARINO_SECRETARY = "bykova";

    @LocalServerPort int port;
    @Autowired WorkPlanFixture plan;

    @Test
    void shouldShowOparinoNothingOfAPodosinovetsPlanUnderReview() {
        ProcessInstance instance = plan.start(Year.now(ZoneId.of("Europe/Kirov")).getValue() + 1);
        plan.draft(instance, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        String taskId = plan.task(instance).getId();
        long planId = (Long) engine.getRuntimeService().getVariable(instance.getId(), WorkPlanProcess.Vars.PLAN_ID);

        try (Browser browser = new Browser(port, "tenant-isolation")) {
            browser.logInToTasklist(OPARINO_SECRETARY);
            browser.chooseFilter("Все задачи кластера");
            browser.waitForText("Задач, соответствующих фильтрам, не найдено.");
            browser.screenshot("oparino-sees-no-podosinovets-task");

            browser.open("/camunda/app/tasklist/#/?task=" + taskId);
            browser.waitForText("Задача больше не существует");
            assertThat(browser.text()).doesNotContain("Утвердить план работы кластера", "Подосиновск");
            browser.screenshot("podosinovets-task-by-link");

            browser.open("/plans/" + planId + "/document");
            browser.waitForText("План не найден.");

            browser.open("/");
            browser.waitForText("Опаринск");
            assertThat(browser.text()).doesNotContain("Подосиновск");
            browser.screenshot("oparino-archive");
            browser.open("/portal/" + WorkPlanFixture.CLUSTER);
            browser.waitForText("Такого кластера нет среди доступных вам.");
            browser.open("/audit/plans/" + planId);
            browser.waitForText("План не найден.");
            browser.screenshot("podosinovets-archive-hidden");
        }
    }
}
