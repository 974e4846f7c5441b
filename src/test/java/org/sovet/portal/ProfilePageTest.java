package org.sovet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovet.common.LoginThrottle;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** «Мой профиль»: a person sees what the directory holds about them and changes their own password, and only that. */
class ProfilePageTest extends SovetTest {

    private static final String USER = "belyaev";
    private static final String NEW_PASSWORD = "Вятка-2027!";

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    @Autowired LoginThrottle throttle;

    @AfterEach
    void restoreTheDemoPassword() {
        var user = identity.createUserQuery().userId(USER).singleResult();
        user.setPassword("demo");
        // «demo» is below the password policy: only the demo seeding may set it
        ((IdentityServiceImpl) identity).saveUser(user, true);
        // Camunda itself holds an account for a while after a wrong password
        identity.unlockUser(USER);
        throttle.clear();
    }

    @Test
    void shouldShowWhoThePersonIsAndChangeTheirPassword() {
        SessionClient browser = loggedIn();
        String page = browser.get("/profile").getBody();
        assertThat(page).contains("Мой профиль", "Беляев Сергей Иванович", "Сменить пароль", "Образовательный кластер");

        var answer = change(browser, "demo", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("Пароль изменён.");
        assertThat(identity.checkPassword(USER, NEW_PASSWORD)).isTrue();
        assertThat(identity.checkPassword(USER, "demo")).isFalse();
    }

    @Test
    void shouldRefuseAWrongCurrentPasswordAWeakOneAndAMismatchChangingNothing() {
        SessionClient browser = loggedIn();

        assertRefused(change(browser, "demo", "short", "short"), "не короче 10 символов; хотя бы одна заглавная буква; хотя бы одна цифра");
        assertRefused(change(browser, "demo", "Беляев-2027!", "Беляев-2027!"), "без вашего имени, фамилии");
        assertRefused(change(browser, "demo", NEW_PASSWORD, NEW_PASSWORD + "x"), "не совпадают");
        assertRefused(change(browser, "demo", " " + NEW_PASSWORD, " " + NEW_PASSWORD), "пробелом");
        assertRefused(change(browser, "not-mine", NEW_PASSWORD, NEW_PASSWORD), "Текущий пароль указан неверно.");
        identity.unlockUser(USER);

        assertThat(identity.checkPassword(USER, "demo")).as("the password stays").isTrue();
    }

    @Test
    void shouldRefuseAChangePostedWithoutTheFormTokenOrWithoutALogin() {
        SessionClient browser = loggedIn();
        var forged = browser.post("/profile/password", Map.of("current", "demo", "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        SessionClient stranger = new SessionClient(http);
        stranger.get("/login");
        assertThat(stranger.get("/profile").getStatusCode()).isEqualTo(HttpStatus.FOUND);

        assertThat(identity.checkPassword(USER, "demo")).isTrue();
    }

    @Test
    void shouldStopGuessingTheCurrentPasswordAsTheLoginDoes() {
        SessionClient browser = loggedIn();
        for (int guess = 0; guess <= LoginThrottle.FREE_PER_ACCOUNT; guess++) {
            change(browser, "guess-" + guess, NEW_PASSWORD, NEW_PASSWORD);
        }
        var throttled = change(browser, "demo", NEW_PASSWORD, NEW_PASSWORD);
        assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        identity.unlockUser(USER);
        assertThat(identity.checkPassword(USER, "demo")).isTrue();
    }

    private SessionClient loggedIn() {
        SessionClient browser = new SessionClient(http);
        browser.logIn(USER, "demo", "/");
        return browser;
    }

    private static ResponseEntity<String> change(SessionClient browser, String current, String password, String repeat) {
        String token = SessionClient.token(browser.get("/profile").getBody());
        Map<String, String> form = new HashMap<>(Map.of("current", current, "password", password, "repeat", repeat));
        form.put("_csrf", token);
        return browser.post("/profile/password", form);
    }

    private static void assertRefused(ResponseEntity<String> answer, String reason) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody()).contains(reason, "Пароль не изменён.");
    }
}
