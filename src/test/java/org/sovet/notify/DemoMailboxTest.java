package org.sovet.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile's embedded SMTP server, and the page where a newcomer reads its mail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sovet.demo.mail-server.enabled=true", "sovet.demo.mail-server.smtp-port=3926", "spring.mail.port=3926"})
@ActiveProfiles("test")
class DemoMailboxTest {

    @Autowired Mailer mailer;
    @Autowired TestRestTemplate http;

    @Test
    void shouldShowReceivedMailWithItsAttachmentsInRussian() {
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
        mailer.send(new Mail("belyaev@example.org", "Беляев Сергей Иванович", "Сергей Иванович",
                "Новая задача: Утвердить план работы кластера", "task-assigned",
                Map.of("taskId", "t-1", "taskName", "Утвердить план работы кластера"),
                List.of(new Mail.Attachment("план.pdf", "application/pdf", pdf))));

        String inbox = http.getForObject("/mail", String.class);
        assertThat(inbox).contains("Демонстрационная почта", "Новая задача: Утвердить план работы кластера",
                "belyaev@example.org");

        String message = http.getForObject("/mail/0", String.class);
        assertThat(message).contains("Здравствуйте, Сергей Иванович!", "план.pdf", "Вложения:");

        var attachment = http.getForEntity("/mail/0/attachments/0", byte[].class);
        assertThat(attachment.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(attachment.getBody()).isEqualTo(pdf);
        assertThat(http.getForEntity("/mail/7", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
