package org.sovet.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.support.Browser;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo profile's embedded SMTP server, and the page where each person reads their own mail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sovet.demo.mail-server.enabled=true")
@ActiveProfiles("test")
class DemoMailboxTest {

    /** Its own free port: other checkouts on this machine run this test too, and SovetTest's GreenMail has another. */
    private static final int SMTP_PORT = SovetTest.freePort();

    private static final byte[] PDF = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);

    @Autowired Mailer mailer;
    @Autowired DemoMailServer server;
    @Autowired TestRestTemplate http;
    @LocalServerPort int port;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("sovet.demo.mail-server.smtp-port", () -> SMTP_PORT);
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private String belyaevs;
    private String kolesnikovas;

    @BeforeEach
    void twoMessages() {
        belyaevs = send("belyaev@example.org", "Беляев Сергей Иванович", "Сергей Иванович",
                List.of(new Mail.Attachment("план.pdf", "application/pdf", PDF)));
        kolesnikovas = send("kolesnikova@example.org", "Колесникова Ирина Петровна", "Ирина Петровна", List.of());
    }

    @Test
    void shouldShowAPersonTheirOwnMailWithItsAttachmentsInRussian() {
        SessionClient belyaev = loggedIn("belyaev", "demo");

        String inbox = belyaev.get("/mail").getBody();
        assertThat(inbox).contains("Демонстрационная почта", "Письма, которые система отправила вам.",
                "Новая задача: Утвердить план работы кластера", "belyaev@example.org")
                .doesNotContain("kolesnikova@example.org");
        assertThat(belyaev.get("/mail/" + belyaevs).getBody()).contains("Здравствуйте, Сергей Иванович!", "план.pdf", "Вложения:");
        var attachment = http.withBasicAuth("belyaev", "demo").getForEntity("/mail/" + belyaevs + "/attachments/0", byte[].class);
        assertThat(attachment.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(attachment.getBody()).isEqualTo(PDF);
    }

    @Test
    void shouldKeepAMessagesLinkWhenNewMailArrivesAndNeverNumberItByPosition() {
        SessionClient belyaev = loggedIn("belyaev", "demo");
        String inbox = belyaev.get("/mail").getBody();
        assertThat(inbox).contains("/mail/" + belyaevs);

        send("kolesnikova@example.org", "Колесникова Ирина Петровна", "Ирина Петровна", List.of());
        send("belyaev@example.org", "Беляев Сергей Иванович", "Сергей Иванович", List.of());

        assertThat(belyaev.get("/mail").getBody()).contains("/mail/" + belyaevs);
        assertThat(belyaev.get("/mail/" + belyaevs).getBody()).contains("Здравствуйте, Сергей Иванович!", "план.pdf");
        assertThat(belyaevs).as("a key drawn from the Message-ID, not a position a restart gives to another message")
                .matches("[0-9a-f]{20}");
        assertThat(belyaev.get("/mail/0").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldReadTheMailboxAndAMessageOnAPhone() {
        try (Browser phone = Browser.phone(port, "phone-mailbox")) {
            phone.logInToPortal("belyaev");
            phone.open("/mail");
            phone.waitForText("Новая задача: Утвердить план работы кластера");
            phone.assertFitsThePhone("/mail");
            phone.open("/mail/" + belyaevs);
            phone.waitForText("Здравствуйте, Сергей Иванович!");
            phone.assertFitsThePhone("/mail/message");
        }
    }

    @Test
    void shouldServeAttachmentsAsDownloadsTheBrowserNeitherSniffsNorRuns() {
        String page = send("belyaev@example.org", "Беляев Сергей Иванович", "Сергей Иванович",
                List.of(new Mail.Attachment("страница.html", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));

        var headers = http.withBasicAuth("belyaev", "demo").getForEntity("/mail/" + page + "/attachments/0", byte[].class).getHeaders();

        assertThat(headers.getFirst("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0.html");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.get("Content-Security-Policy")).containsExactly("sandbox");
    }

    @Test
    void shouldAnswerSomeoneElsesMessageAsAnUnknownOne() {
        SessionClient belyaev = loggedIn("belyaev", "demo");

        assertThat(belyaev.get("/mail/" + kolesnikovas).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(belyaev.get("/mail/" + kolesnikovas + "/attachments/0").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(belyaev.get("/mail/9999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldShowTheAdministratorEveryonesMail() {
        SessionClient admin = loggedIn("admin", "admin");

        assertThat(admin.get("/mail").getBody()).contains("Все письма, которые отправила система.",
                "belyaev@example.org", "kolesnikova@example.org");
        assertThat(admin.get("/mail/" + kolesnikovas).getBody()).contains("Здравствуйте, Ирина Петровна!");
    }

    @Test
    void shouldSendVisitorsWithoutALoginToTheLoginPage() {
        SessionClient stranger = new SessionClient(http);

        for (String path : List.of("/mail", "/mail/" + belyaevs, "/mail/" + belyaevs + "/attachments/0")) {
            var answer = stranger.get(path);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.FOUND);
            assertThat(answer.getHeaders().getLocation().getPath()).as(path).isEqualTo("/login");
        }
    }

    @Test
    void shouldDeliverAFileWhoseRecordedTypeDoesNotParseAsPlainBytes() {
        String sent = send("belyaev@example.org", "Беляев Сергей Иванович", "Сергей Иванович",
                List.of(new Mail.Attachment("материалы.pdf", "это не тип", PDF)));

        var attachment = http.withBasicAuth("belyaev", "demo").getForEntity("/mail/" + sent + "/attachments/0", byte[].class);

        assertThat(attachment.getHeaders().getContentType()).hasToString("application/octet-stream");
        assertThat(attachment.getBody()).isEqualTo(PDF);
    }

    private SessionClient loggedIn(String user, String password) {
        SessionClient browser = new SessionClient(http);
        assertThat(browser.logIn(user, password, "/mail").getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return browser;
    }

    /** Sends a task mail and waits until the server has stored it; returns the key of its link in the mailbox. */
    private String send(String address, String name, String greeting, List<Mail.Attachment> attachments) {
        int number = server.messages().size();
        mailer.send(new MailKey(UUID.randomUUID().toString()), new Mail(address, name, greeting, "Новая задача: Утвердить план работы кластера", "task-assigned",
                Map.of("tasks", List.of(Map.of("taskId", "t-1", "taskName", "Утвердить план работы кластера"))), attachments));
        await().atMost(Duration.ofSeconds(10)).until(() -> server.messages().size() > number);
        return server.messages().get(number).key();
    }
}
