package org.sovet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The «not found» page as a person sees it in a real Chromium: Russian, with the portal's header. */
class ErrorPagesInBrowserTest extends SovetTest {

    @LocalServerPort int port;

    @Test
    void shouldShowAnUnknownAddressAsARussianPageInThePortalsFrame() {
        try (Browser browser = new Browser(port, "error-pages")) {
            browser.open("/login");
            browser.visible(By.id("username")).sendKeys("kolesnikova");
            browser.visible(By.id("password")).sendKeys("demo");
            browser.clickButton("Войти");
            browser.waitForText("Колесникова Ирина Петровна");

            browser.open("/portal/podosinovets/nothing-here");
            browser.waitForText("Страница не найдена");

            assertThat(browser.text()).contains("Совет кластера", "Архив", "Задачи", "Колесникова Ирина Петровна", "Выйти",
                    "Такой страницы нет", "Вернуться в архив").doesNotContain("Whitelabel", "Not Found");
            browser.screenshot("not-found");

            browser.open("/camunda/app/nothing-here");
            browser.waitForText("Страница не найдена");
            browser.screenshot("not-found-camunda");
            browser.click(By.linkText("Вернуться в архив"));
            browser.waitForText("Образовательный кластер Подосиновского района");
            assertThat(browser.currentPath()).isEqualTo("/");
        }
    }
}
