package org.sovet.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.accounts.PasswordLinks.link;
import static org.sovet.accounts.PasswordLinks.mails;
import static org.sovet.accounts.PasswordLinks.setPassword;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovet.support.MailText;
import org.sovet.support.Mails;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** «Забыли пароль?» tells nobody whether an account exists, mails only a real one, and cannot flood a mailbox. */
class ForgotPasswordTest extends SovetTest {

    private static final String USER = "belyaev";
    private static final String PASSWORD = "Демьяново-2026!";

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    @Autowired TokenOutbox outbox;

    @AfterEach
    void restoreTheDemoPassword() {
        var user = identity.createUserQuery().userId(USER).singleResult();
        user.setPassword("demo");
        // «demo» is below the password policy: only the demo seeding may set it
        ((IdentityServiceImpl) identity).saveUser(user, true);
    }

    @Test
    void shouldAnswerAlikeForUnknownAndKnownAccountsAndMailOnlyTheKnownOneALinkThatSetsItsPassword() {
        SessionClient browser = new SessionClient(http);
        assertThat(browser.get("/login").getBody()).contains("<a href=\"/password/forgot\">Забыли пароль?</a>");

        var unknown = ask(browser, "nobody-here");
        var known = ask(browser, USER);
        var unknownAddress = ask(browser, "nobody@example.org");

        assertThat(known.getStatusCode()).isEqualTo(HttpStatus.OK).isEqualTo(unknown.getStatusCode()).isEqualTo(unknownAddress.getStatusCode());
        assertThat(known.getBody()).contains("Если такая учётная запись есть").isEqualTo(unknown.getBody()).isEqualTo(unknownAddress.getBody());
        MimeMessage reset = mails(MAIL, 1)[0];
        assertThat(outbox.sendDue()).as("nothing else to send").isZero();
        assertThat(MAIL.getReceivedMessages()).as("only the known account's").hasSize(1);
        assertThat(Mails.recipient(reset)).isEqualTo("belyaev@example.org");
        assertThat(Mails.subject(reset)).isEqualTo("Восстановление пароля в системе «Совет кластера»");
        assertThat(MailText.html(reset)).contains("Ваше имя пользователя: <b>belyaev</b>", "Ссылка действует один раз, до");

        var set = setPassword(new SessionClient(http), link(reset), PASSWORD, PASSWORD);
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(identity.checkPassword(USER, PASSWORD)).isTrue();
        assertThat(new SessionClient(http).logIn(USER, PASSWORD, "/").getHeaders().getLocation().getPath()).isEqualTo("/");
    }

    @Test
    void shouldMailTheAccountOfAnAddressAndLetOnlyItsLatestLinkWork() {
        SessionClient browser = new SessionClient(http);
        ask(browser, "Belyaev@example.org");
        String first = link(mails(MAIL, 1)[0]);
        ask(browser, "belyaev");
        String second = link(mails(MAIL, 2)[1]);

        assertThat(setPassword(new SessionClient(http), second, PASSWORD, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(new SessionClient(http).get(first).getStatusCode()).as("void once a password is set").isEqualTo(HttpStatus.GONE);
    }

    @Test
    void shouldSendAnAccountAtMostThreeLinksAnHourAndRefuseAnAddressAskingTooOften() {
        SessionClient browser = new SessionClient(http);
        for (int i = 0; i < ResetThrottle.PER_ACCOUNT + 2; i++) {
            var answer = ask(browser, USER);
            assertThat(answer.getStatusCode()).as("the same answer past the account's limit").isEqualTo(HttpStatus.OK);
        }
        mails(MAIL, ResetThrottle.PER_ACCOUNT);
        assertThat(outbox.sendDue()).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(ResetThrottle.PER_ACCOUNT);

        for (int i = ResetThrottle.PER_ACCOUNT + 2; i < ResetThrottle.PER_ADDRESS; i++) {
            ask(browser, "someone-" + i);
        }
        var refused = ask(browser, "kolesnikova");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getBody()).contains("Слишком много запросов с вашего адреса. Повторите через час.");
        assertThat(outbox.sendDue()).isZero();
        assertThat(MAIL.getReceivedMessages()).as("nothing for kolesnikova").hasSize(ResetThrottle.PER_ACCOUNT);
    }

    @Test
    void shouldRefuseARequestPostedWithoutTheFormToken() {
        var forged = new SessionClient(http).post("/password/forgot", Map.of("login", USER));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outbox.sendDue()).isZero();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    private static ResponseEntity<String> ask(SessionClient browser, String login) {
        String page = browser.get("/password/forgot").getBody();
        return browser.post("/password/forgot", Map.of("login", login, "_csrf", SessionClient.token(page)));
    }
}
