package org.sovet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sovet.common.LoginThrottle;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One login for the portal and Tasklist: the same Camunda session, whichever side it starts on. */
class PortalLoginTest extends SovetTest {

    private static final String WHO_IS_LOGGED_IN = "/camunda/api/admin/auth/user/default";

    @Autowired TestRestTemplate http;
    @Autowired TestClock clock;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldLogInOnThePortalAndBeLoggedInToTasklistUnderANewSessionId() throws Exception {
        SessionClient browser = new SessionClient(http);
        assertThat(location(browser.get("/portal/podosinovets"))).isEqualTo("/login?next=%2Fportal%2Fpodosinovets");
        String page = browser.get("/login?next=%2Fportal%2Fpodosinovets").getBody();
        assertThat(page).contains("Вход", "Имя пользователя", "Пароль", "value=\"/portal/podosinovets\"");
        String before = browser.session();

        var login = browser.post("/login", Map.of("username", "kolesnikova", "password", "demo", "next", "/portal/podosinovets",
                "_csrf", SessionClient.token(page)));

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(location(login)).isEqualTo("/portal/podosinovets");
        assertThat(browser.session()).as("a new session id after the login").isNotNull().isNotEqualTo(before);
        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).as("the session cookie of the sessions kept in the database")
                .anyMatch(cookie -> cookie.startsWith("SESSION=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        var user = json.readTree(browser.get(WHO_IS_LOGGED_IN).getBody());
        assertThat(user.get("userId").asText()).isEqualTo("kolesnikova");
        assertThat(user.get("authorizedApps").toString()).contains("tasklist");
        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(browser.get("/portal/podosinovets").getBody()).contains("Колесникова Ирина Петровна", "Выйти");
    }

    @Test
    void shouldLetATasklistLoginIntoThePortal() {
        SessionClient browser = new SessionClient(http);
        browser.get("/camunda/app/tasklist/");

        var login = browser.post("/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("username", "bykova", "password", "demo"));

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        var portal = browser.get("/");
        assertThat(portal.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(portal.getBody()).contains("Быкова Дарья Константиновна", "Опаринский образовательный кластер");
    }

    @Test
    void shouldRefuseAWrongPasswordInRussian() {
        SessionClient browser = new SessionClient(http);

        // Camunda delays logins after a failure, so the wrong password is tried on a user no test logs in with
        var login = browser.logIn("kotova", "wrong", "/");

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(login.getBody()).contains("Неверное имя пользователя или пароль.").doesNotContain("Выйти");
        assertThat(browser.get(WHO_IS_LOGGED_IN).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(browser.get("/").getStatusCode()).isEqualTo(HttpStatus.FOUND);
    }

    @Test
    void shouldMakeTheNextLoginWaitAfterFiveWrongPasswordsAndLetTheRightOneInAfterTheWait() {
        SessionClient browser = new SessionClient(http);
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
            assertThat(browser.logIn("gabdullina", "wrong", "/").getBody()).contains("Неверное имя пользователя или пароль.");
        }

        var refused = browser.logIn("gabdullina", "demo", "/");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getBody()).contains("Слишком много неудачных попыток входа. Повторите через 1 мин.");
        assertThat(browser.get(WHO_IS_LOGGED_IN).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        clock.advance(LoginThrottle.FIRST_DELAY.plusSeconds(1));
        assertThat(location(browser.logIn("gabdullina", "demo", "/"))).isEqualTo("/");
    }

    @Test
    void shouldSlowDownGuessingWithBasicCredentialsOnThePagesAlike() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
            assertThat(http.withBasicAuth("kashina", "wrong").getForEntity("/portal", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        var refused = http.withBasicAuth("kashina", "demo").getForEntity("/portal", String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getBody()).isEqualTo("Слишком много неудачных попыток входа. Повторите через 1 мин.");
        clock.advance(LoginThrottle.FIRST_DELAY.plusSeconds(1));
        assertThat(http.withBasicAuth("kashina", "demo").getForEntity("/portal", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldRefuseALoginPostedWithoutTheFormToken() {
        SessionClient browser = new SessionClient(http);
        browser.get("/login");

        var login = browser.post("/login", Map.of("username", "kolesnikova", "password", "demo", "next", "/"));

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(login.getBody()).contains("Страница входа устарела");
        assertThat(browser.get(WHO_IS_LOGGED_IN).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldGoOnlyToPagesOfThisApplicationAfterTheLogin() {
        for (String elsewhere : new String[] {"https://evil.example.org/", "//evil.example.org/", "/\\evil.example.org",
                "javascript:alert(1)", "/\r\nLocation: https://evil.example.org/"}) {
            SessionClient browser = new SessionClient(http);
            assertThat(location(browser.logIn("kolesnikova", "demo", elsewhere))).as(elsewhere).isEqualTo("/");
            String asked = "/login?next=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8);
            assertThat(location(browser.get(asked))).as("logged in already: " + elsewhere).isEqualTo("/");
        }
    }

    @Test
    void shouldLogOutOfThePortalAndTasklistAlike() {
        SessionClient browser = new SessionClient(http);
        browser.logIn("kolesnikova", "demo", "/");
        String page = browser.get("/").getBody();

        assertThat(browser.post("/logout", Map.of()).getStatusCode()).as("no token, no logout").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(browser.get(WHO_IS_LOGGED_IN).getStatusCode()).isEqualTo(HttpStatus.OK);
        var logout = browser.logOut(page);

        assertThat(location(logout)).isEqualTo("/login?out");
        assertThat(browser.get(WHO_IS_LOGGED_IN).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(location(browser.get("/portal"))).isEqualTo("/login?next=%2Fportal");
        assertThat(browser.get("/login?out").getBody()).contains("Вы вышли из системы.");
    }

    /** Where a redirect goes, as path and query; it must stay on this server. */
    private static String location(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        URI location = response.getHeaders().getLocation();
        assertThat(location.getHost()).isIn(null, "localhost");
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }
}
