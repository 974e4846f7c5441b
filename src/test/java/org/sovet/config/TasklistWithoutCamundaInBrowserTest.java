package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist (and Cockpit) are Sovet's: no Camunda banner, brand, technical ids or controls that mean nothing to a council. */
class TasklistWithoutCamundaInBrowserTest extends SovetTest {

    private static final String[] LEFTOVERS = {"Camunda 8", "Camunda Tasklist", "Camunda", "(v. 1.0)",
        WorkPlanFixture.CLUSTER, "CREATION_DATE", "SEARCH_PLACEHOLDER", "Создать задачу", "Добавить группы",
        "Установить срок", "Установить дату напоминания", "Приоритет"};

    @LocalServerPort int port;
    @Autowired WorkPlanFixture plan;

    @Test
    void shouldShowTheSecretaryHerTaskUnderTheCouncilsNameWithoutCamundasLeftovers() {
        plan.start(Year.now(ZoneId.of("Europe/Kirov")).getValue() + 1);

        try (Browser browser = new Browser(port, "tasklist-leftovers")) {
            browser.open("/camunda/app/tasklist/");
            browser.visible(By.cssSelector("input[type=password]"));
            assertThat(browser.currentPath()).startsWith("/login?next=");
            browser.screenshot("portal-login-for-tasklist");

            browser.logInToTasklist(WorkPlanFixture.METHODIST);
            browser.chooseFilter("Мои задачи");
            browser.openTask("Составить план работы кластера");
            browser.screenshot("task");
            assertThat(browser.texts(By.cssSelector(".navbar-brand .brand-name"))).containsExactly("Совет кластера");
            assertThat(browser.title()).isEqualTo("Совет кластера");
            assertThat(browser.attribute(By.cssSelector("link[rel~=icon]"), "href")).endsWith("/sovet/favicon.svg");
            assertThat(browser.text()).contains("Утверждение плана работы кластера").doesNotContain(LEFTOVERS);

            browser.click(By.xpath("//a[normalize-space(.)='Запустить процесс']"));
            browser.visible(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='Утверждение плана работы кластера']"));
            browser.screenshot("start-dialog");
            assertThat(browser.text()).doesNotContain(LEFTOVERS);
        }
    }

    @Test
    void shouldShowTheDeadlineTheProcessSetWithoutAnEditor() {
        var review = plan.start(Year.now(ZoneId.of("Europe/Kirov")).getValue() + 1);
        plan.draft(review, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);

        try (Browser browser = new Browser(port, "tasklist-deadline")) {
            browser.logInToTasklist(WorkPlanFixture.DIRECTOR);
            browser.chooseFilter("Все задачи кластера");
            browser.openTask("Утвердить план работы кластера");
            WebElement deadline = browser.visible(By.cssSelector(".task-card .meta.dates .due-date [am-time-ago]"));
            browser.screenshot("review-with-deadline");
            assertThat(deadline.findElement(By.xpath("ancestor::span[contains(@class,'due-date')]")).getCssValue("pointer-events"))
                    .isEqualTo("none");
            assertThat(browser.text()).doesNotContain(LEFTOVERS);
        }
    }

    @Test
    void shouldTranslateTheKeysTasklistShowsBeforeItsLocaleHasLoaded() {
        try (Browser browser = new Browser(port, "tasklist-keys")) {
            browser.logInToTasklist(WorkPlanFixture.METHODIST);
            // what the search box and the sorting show when they are built before ru.json arrives
            browser.runScript("""
                    const box = document.querySelector('input.main-field');
                    box.setAttribute('placeholder', 'SEARCH_PLACEHOLDER');
                    const sorting = document.createElement('span');
                    sorting.className = 'sovet-probe';
                    sorting.textContent = 'CREATION_DATE';
                    box.parentElement.appendChild(sorting);""");
            browser.visible(By.xpath("//span[@class='sovet-probe' and normalize-space(.)='Создана']"));
            browser.visible(By.cssSelector("input.main-field[placeholder='Фильтр задач']"));
            assertThat(browser.text()).doesNotContain("CREATION_DATE");
        }
    }

    @Test
    void shouldShowTheSupervisorCockpitUnderTheCouncilsName() {
        try (Browser browser = new Browser(port, "cockpit-leftovers")) {
            browser.open("/camunda/app/cockpit/default/");
            browser.visible(By.id("username")).sendKeys("petrova");
            browser.visible(By.id("password")).sendKeys("demo");
            browser.clickButton("Войти");
            browser.visible(By.cssSelector(".navbar-brand .brand-name"));
            browser.screenshot("dashboard");
            assertThat(browser.currentPath()).startsWith("/camunda/app/cockpit/");
            assertThat(browser.texts(By.cssSelector(".navbar-brand .brand-name"))).containsExactly("Совет кластера");
            assertThat(browser.text()).doesNotContain("Camunda");
        }
    }

    @Test
    void shouldOfferStartingAProcessOnlyToWhomMayStartOne() {
        try (Browser member = new Browser(port, "start-process-member")) {
            member.logInToTasklist("belyaev");
            // the archive link is added once the header's actions are there
            member.visible(By.cssSelector(".sections-menu li.sovet-archive"));
            member.waitUntilGone(By.cssSelector(".sections-menu li.start-process-action"));
            assertThat(member.text()).doesNotContain("Запустить процесс");
            member.screenshot("member-starts-nothing");
        }
        try (Browser methodist = new Browser(port, "start-process-methodist")) {
            methodist.logInToTasklist(WorkPlanFixture.METHODIST);
            methodist.visible(By.cssSelector(".sections-menu li.start-process-action"));
            assertThat(methodist.text()).contains("Запустить процесс");
            methodist.screenshot("methodist-starts-a-plan");
        }
    }

    @Test
    void shouldLeadMyProfileAndTheWelcomePageToThePortalsProfile() {
        try (Browser browser = new Browser(port, "welcome-to-portal")) {
            browser.logInToTasklist("kolesnikova");
            browser.chooseFromUserMenu("Мой профиль");
            browser.waitForText("Сменить пароль");
            assertThat(browser.currentPath()).isEqualTo("/profile");
            assertThat(browser.text()).contains("Мой профиль", "Колесникова Ирина Петровна", "Электронная почта")
                    .doesNotContain("Camunda", "Welcome", "Profile");
            browser.screenshot("my-profile-is-the-portal");

            browser.open("/camunda/app/welcome/default/#!/welcome");
            browser.waitForText("Сменить пароль");
            assertThat(browser.currentPath()).isEqualTo("/profile");
        }
    }

    @Test
    void shouldLeadTheWelcomeAppAndTheLogoutToThePortalsLogin() {
        try (Browser browser = new Browser(port, "tasklist-logout")) {
            browser.open("/camunda/app/welcome/default/");
            browser.visible(By.cssSelector("input[type=password]"));
            assertThat(browser.currentPath()).startsWith("/login?next=");

            browser.logInToTasklist(WorkPlanFixture.METHODIST);
            browser.logOutOfTasklist();
            browser.waitForText("Вы вышли из системы.");
            assertThat(browser.currentPath()).startsWith("/login?out");
            browser.screenshot("logged-out");
        }
    }
}
