package org.sovet.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.sovet.accounts.PasswordLinks.link;
import static org.sovet.accounts.PasswordLinks.mails;
import static org.sovet.accounts.PasswordLinks.setPassword;
import static org.sovet.accounts.PasswordLinks.token;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovet.accounts.InvitationStatus.State;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.DirectoryChanges;
import org.sovet.directory.PersonForm;
import org.sovet.support.Concurrently;
import org.sovet.support.MailText;
import org.sovet.support.Mails;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new person is invited by mail with a one-time link that expires, and sets a password with it. */
class InvitationTest extends SovetTest {

    private static final String PASSWORD = "Подосиновец-2026!";

    @Autowired Newcomers newcomers;
    @Autowired Invitations invitations;
    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired DirectoryChanges changes;
    @Autowired TokenOutbox outbox;

    @AfterEach
    void removeNewcomers() {
        newcomers.removeAll();
    }

    @Test
    void shouldMailANewPersonALinkThatSetsAPasswordOnceWhichThenLogsIn() {
        newcomers.addMember("novikova", "Новикова", "Мария", "Олеговна", "podosinovets");

        MimeMessage invitation = mails(MAIL, 1)[0];
        assertThat(Mails.recipient(invitation)).isEqualTo("novikova@example.org");
        assertThat(Mails.subject(invitation)).isEqualTo("Приглашение в систему «Совет кластера»");
        assertThat(MailText.html(invitation)).contains("Здравствуйте, Мария Олеговна!", "Член Координационного Совета — Образовательный кластер Подосиновского района",
                "имя пользователя для входа: <b>novikova</b>", "задачи Совета", "Ссылка действует один раз, до", "Забыли пароль?");
        // the mail server has the mail a moment before the outbox records it sent
        await().until(() -> invitations.status("novikova").state() == State.SENT);
        assertThat(invitations.status("novikova").text()).startsWith("приглашение отправлено ").contains(", действует до ");
        String link = link(invitation);
        assertThat(jdbc.sql("select count(*) from password_token where token_hash = ?").param(token(link)).query(Integer.class).single())
                .as("only the token's hash is stored").isZero();

        SessionClient browser = new SessionClient(http);
        assertThat(browser.get(link).getBody()).contains("Новый пароль", "Новикова Мария Олеговна", "не короче 10 символов");
        var weak = setPassword(browser, link, "novikova12", "novikova12");
        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(weak.getBody()).contains("Пароль не подходит:", "хотя бы одна заглавная буква", "хотя бы один знак",
                "без вашего имени, фамилии, имени пользователя и адреса почты", "Пароль не изменён.");
        assertThat(setPassword(browser, link, PASSWORD, PASSWORD + "x").getBody()).contains("пароль и повтор не совпадают");
        assertThat(invitations.status("novikova").state()).as("nothing changed").isEqualTo(State.SENT);

        var set = setPassword(browser, link, PASSWORD, PASSWORD);
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(set.getHeaders().getLocation().toString()).endsWith("/login?password-set");
        assertThat(browser.get("/login?password-set").getBody()).contains("Пароль установлен, войдите.");
        assertThat(identity.checkPassword("novikova", PASSWORD)).isTrue();
        assertThat(invitations.status("novikova")).isEqualTo(new InvitationStatus(State.PASSWORD_SET, "пароль установлен"));

        var loggedIn = new SessionClient(http).logIn("novikova", PASSWORD, "/");
        assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(loggedIn.getHeaders().getLocation().getPath()).isEqualTo("/");

        var again = new SessionClient(http).get(link);
        assertThat(again.getStatusCode()).as("the link works once").isEqualTo(HttpStatus.GONE);
        assertThat(again.getBody()).contains("Ссылка устарела или уже использована. Запросите новую:", "Забыли пароль?");
        String formToken = SessionClient.token(browser.get("/password/forgot").getBody());
        var replayed = browser.post("/password/set", Map.of("token", token(link), "password", PASSWORD + "1", "repeat", PASSWORD + "1",
                "_csrf", formToken));
        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(identity.checkPassword("novikova", PASSWORD)).isTrue();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void shouldRefuseALinkOnceItExpiredAndSendANewOneOnlyWhenTheClustersSecretaryAsks() {
        newcomers.addMember("novikova", "Новикова", "Мария", "Олеговна", "podosinovets");
        String first = link(mails(MAIL, 1)[0]);

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        var expired = new SessionClient(http).get(first);
        assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(expired.getBody()).contains("Ссылка устарела или уже использована.");
        assertThat(invitations.status("novikova").state()).isEqualTo(State.EXPIRED);
        assertThat(invitations.status("novikova").text()).startsWith("ссылка истекла ");

        assertThatThrownBy(() -> invitations.resend("belyaev", "novikova")).as("a member")
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("секретарь или председатель");
        assertThatThrownBy(() -> invitations.resend("bykova", "novikova")).as("another cluster's secretary")
                .isInstanceOf(InputRejectedException.class);
        invitations.resend("kolesnikova", "novikova");
        String second = link(mails(MAIL, 2)[1]);
        invitations.resend("vorontsov", "novikova");
        String third = link(mails(MAIL, 3)[2]);

        assertThat(new SessionClient(http).get(second).getStatusCode()).as("voided by the next").isEqualTo(HttpStatus.GONE);
        var set = setPassword(new SessionClient(http), third, PASSWORD, PASSWORD);
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(identity.checkPassword("novikova", PASSWORD)).isTrue();
    }

    @Test
    void shouldInviteNobodyTheTestProfileGaveTheDemoPassword() {
        String id = changes.addPerson("kolesnikova", "podosinovets", new PersonForm(null, "Ёлкина", "Вера", "Павловна",
                "yolkina@example.org", "учитель", null), CouncilRole.MEMBER, null, null);

        assertThat(outbox.sendDue()).isZero();
        assertThat(jdbc.sql("select count(*) from password_token").query(Integer.class).single()).isZero();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(invitations.status(id).state()).isEqualTo(State.PASSWORD_SET);
        assertThat(identity.checkPassword(id, "demo")).isTrue();
    }

    @Test
    void shouldVoidTheLinksOfAPersonDeactivatedAndSendThemNothing() {
        newcomers.addMember("novikova", "Новикова", "Мария", "Олеговна", "podosinovets");
        String link = link(mails(MAIL, 1)[0]);

        changes.deactivate("kolesnikova", "podosinovets", "novikova");

        assertThat(new SessionClient(http).get(link).getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(invitations.status("novikova")).isEqualTo(new InvitationStatus(State.DEACTIVATED, "учётная запись отключена"));
        assertThatThrownBy(() -> invitations.resend("kolesnikova", "novikova")).isInstanceOf(InputRejectedException.class)
                .hasMessage("Учётная запись отключена: приглашение не отправляется.");
        SessionClient browser = new SessionClient(http);
        String page = browser.get("/password/forgot").getBody();
        var asked = browser.post("/password/forgot", Map.of("login", "novikova", "_csrf", SessionClient.token(page)));
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(outbox.sendDue()).isZero();
        assertThat(MAIL.getReceivedMessages()).as("the invitation only").hasSize(1);
    }

    @Test
    void shouldInviteAReactivatedPersonToSetANewPasswordAndLetTheSecretaryInviteAgainFromTheirPage() {
        newcomers.addMember("novikova", "Новикова", "Мария", "Олеговна", "podosinovets");
        mails(MAIL, 1);
        changes.deactivate("kolesnikova", "podosinovets", "novikova");

        changes.reactivate("kolesnikova", "podosinovets", "novikova");
        String link = link(mails(MAIL, 2)[1]);
        await().until(() -> invitations.status("novikova").state() == State.SENT);
        assertThat(setPassword(new SessionClient(http), link, PASSWORD, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.FOUND);

        SessionClient secretary = new SessionClient(http);
        secretary.logIn("kolesnikova", "demo", "/");
        String page = secretary.get("/directory/podosinovets/people/novikova").getBody();
        assertThat(page).contains("Вход: <span>пароль установлен</span>", "Отправить приглашение");
        var invited = secretary.post("/directory/podosinovets/people/novikova/invite", Map.of("_csrf", SessionClient.token(page)));
        assertThat(invited.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(Mails.subject(mails(MAIL, 3)[2])).isEqualTo("Приглашение в систему «Совет кластера»");

        SessionClient member = new SessionClient(http);
        member.logIn("belyaev", "demo", "/");
        String own = member.get("/profile").getBody();
        assertThat(member.post("/directory/podosinovets/people/novikova/invite", Map.of("_csrf", SessionClient.token(own)))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(MAIL.getReceivedMessages()).hasSize(3);
    }

    @Test
    void shouldSendTheInvitationOnceOnTheNextTryAfterTheMailServerFailed() throws Exception {
        MAIL.stop();
        newcomers.addMember("novikova", "Новикова", "Мария", "Олеговна", "podosinovets");
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts("novikova") > 0);
        assertThat(invitations.status("novikova").state()).as("kept, not lost").isEqualTo(State.WAITING);

        MAIL.start();
        assertThat(outbox.sendDue()).as("it waits its retry delay").isZero();
        clock.advance(TokenOutbox.RETRY_DELAY.plusMinutes(1));
        // two nodes' rounds at once (and this node's own timer): the row's claim lets one of them send
        List<Integer> taken = Concurrently.run(List.of(outbox::sendDue, outbox::sendDue));
        await().atMost(Duration.ofSeconds(30)).until(() -> sent("novikova"));

        MimeMessage invitation = mails(MAIL, 1)[0];
        assertThat(Mails.recipient(invitation)).isEqualTo("novikova@example.org");
        assertThat(invitations.status("novikova").state()).isEqualTo(State.SENT);
        var set = setPassword(new SessionClient(http), link(invitation), PASSWORD, PASSWORD);
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(MAIL.getReceivedMessages()).as("once").hasSize(1);
        assertThat(taken.stream().mapToInt(Integer::intValue).sum()).as("by at most one of the two rounds").isLessThanOrEqualTo(1);
        assertThat(identity.checkPassword("novikova", PASSWORD)).isTrue();
    }

    private int attempts(String personId) {
        return jdbc.sql("select coalesce(max(send_attempts), 0) from password_token where person_id = ?").param(personId)
                .query(Integer.class).single();
    }

    private boolean sent(String personId) {
        return jdbc.sql("select count(*) from password_token where person_id = ? and sent_at is not null").param(personId)
                .query(Integer.class).single() > 0;
    }
}
