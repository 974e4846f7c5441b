package org.sovet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every error a browser can reach is a Russian page in the portal's frame; JSON clients keep JSON. */
class ErrorPagesTest extends SovetTest {

    private static final String KOLESNIKOVA = "Колесникова Ирина Петровна";

    @Autowired TestRestTemplate http;

    @Test
    void shouldAnswerAnUnknownAddressWithARussianPageInThePortalsFrame() {
        SessionClient browser = loggedIn("kolesnikova");

        for (String unknown : List.of("/nothing-here", "/camunda/app/nothing-here")) {
            var page = browser.open(unknown);

            assertRussianPage(page, HttpStatus.NOT_FOUND, "Страница не найдена", "Проверьте адрес");
            assertThat(page.getBody()).as(unknown).contains(KOLESNIKOVA, "Вернуться в архив");
        }
    }

    @Test
    void shouldAnswerAnotherClustersArchiveWithTheSameRussianPageAsAnUnknownOne() {
        SessionClient browser = loggedIn("bykova");

        var foreign = browser.open("/portal/podosinovets");

        assertRussianPage(foreign, HttpStatus.NOT_FOUND, "Не найдено", "Такого кластера нет среди доступных вам.");
        assertThat(foreign.getBody()).contains("Быкова Дарья Константиновна").isEqualTo(browser.open("/portal/nowhere").getBody());
    }

    @Test
    void shouldAnswerAnUnknownAddressInRussianBeforeTheLoginToo() {
        var page = new SessionClient(http).open("/nothing-here");

        assertRussianPage(page, HttpStatus.NOT_FOUND, "Страница не найдена", "Совет кластера");
        assertThat(page.getBody()).doesNotContain("Выйти");
    }

    @Test
    void shouldTellAMemberInRussianThatTheAssignmentsPageIsNotTheirs() {
        var page = loggedIn("belyaev").open("/assignments");

        assertRussianPage(page, HttpStatus.FORBIDDEN, "Недостаточно прав", "Страница поручений — для секретарей, председателей и надзора.");
        assertThat(page.getBody()).contains("Беляев Сергей Иванович", "Выйти");
    }

    @Test
    void shouldRefuseAFormPostedWithoutItsTokenWithARussianPage() {
        var page = loggedIn("kolesnikova").post("/assignments/1/cancel", Map.of("reason", "не нужно"));

        assertRussianPage(page, HttpStatus.FORBIDDEN, "Форма не принята", "Форма устарела или отправлена не со страницы Совета.");
        assertThat(page.getBody()).contains(KOLESNIKOVA);
    }

    @Test
    void shouldAnswerAWrongMethodWithARussianPage() {
        var page = loggedIn("kolesnikova").open("/assignments/1/cancel");

        assertRussianPage(page, HttpStatus.METHOD_NOT_ALLOWED, "Так этот адрес не открывается", "кнопкой на странице Совета");
        assertThat(page.getBody()).contains(KOLESNIKOVA);
    }

    @Test
    void shouldShowAServerFailureAsARussianPageWithoutItsDetails() {
        var page = loggedIn("kolesnikova").open(FailingPage.PATH);

        assertRussianPage(page, HttpStatus.INTERNAL_SERVER_ERROR, "Ошибка на сервере", "сообщите администратору Совета");
        assertThat(page.getBody()).contains(KOLESNIKOVA).doesNotContain("broken on purpose", "IllegalState", "at org.");
    }

    @Test
    void shouldOfferTheLogoutButtonToWhoeverOpensLogoutByAddress() {
        SessionClient browser = loggedIn("kolesnikova");

        var page = browser.open("/logout");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Выход", "Выйти из архива Совета и из задач", KOLESNIKOVA, "action=\"/logout\"")
                .doesNotContain("Whitelabel", "Method Not Allowed");
        var logout = browser.logOut(page.getBody());
        assertThat(logout.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(logout.getHeaders().getLocation().toString()).endsWith("/login?out");
        var after = browser.open("/logout");
        assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(after.getBody()).contains("Вы не вошли в систему.", "href=\"/login\"").doesNotContain(KOLESNIKOVA);
    }

    @Test
    void shouldAnswerAMissingDocumentWithARussianPageInTheFrameAndAnApiClientWithJson() {
        SessionClient browser = loggedIn("kolesnikova");
        Map<String, String> missing = Map.of("/plans/999999/document", "План не найден.",
                "/protocols/999999/document.pdf", "Протокол не найден.", "/protocols/999999/annexes/1", "Протокол не найден.",
                "/audit/meetings/999999", "Заседание не найдено.");

        missing.forEach((path, words) -> {
            var page = browser.open(path);
            assertRussianPage(page, HttpStatus.NOT_FOUND, "Не найдено", words);
            assertThat(page.getBody()).as(path).contains(KOLESNIKOVA, "Вернуться в архив");

            var api = http.withBasicAuth("kolesnikova", "demo").getForEntity(path, String.class);
            assertThat(api.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(api.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).as(path).isTrue();
            assertThat(api.getBody()).as(path).contains("\"message\":\"" + words + "\"").doesNotContain("<html");
        });
    }

    @Test
    void shouldKeepJsonAnswersForClientsThatAskForJson() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));

        ResponseEntity<String> answer = http.exchange(URI.create("/nothing-here"), HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(answer.getBody()).contains("\"status\":404").doesNotContain("<html");
    }

    private SessionClient loggedIn(String user) {
        SessionClient browser = new SessionClient(http);
        assertThat(browser.logIn(user, "demo", "/").getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return browser;
    }

    private static void assertRussianPage(ResponseEntity<String> page, HttpStatus status, String... texts) {
        assertThat(page.getStatusCode()).isEqualTo(status);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("<html", "lang=\"ru\"", "class=\"topbar\"", "Совет кластера").contains(texts)
                .doesNotContain("Whitelabel", "Exception", "There was an unexpected error", "Not Found", "Forbidden");
    }
}
