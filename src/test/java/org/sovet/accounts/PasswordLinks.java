package org.sovet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.sovet.support.MailText;
import org.sovet.support.SessionClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What the tests do with a mailed link: wait for the mail, read the link, post its form. */
final class PasswordLinks {

    private static final Pattern LINK = Pattern.compile("(/password/set\\?token=[A-Za-z0-9_-]+)");
    private static final long WAIT_MILLIS = 20_000;

    private PasswordLinks() {}

    /** Waits (GreenMail's own wait) until the server holds {@code count} mails in all, and returns them. */
    static MimeMessage[] mails(GreenMailExtension mail, int count) {
        assertThat(mail.waitForIncomingEmail(WAIT_MILLIS, count)).as(count + " mails arrive").isTrue();
        return mail.getReceivedMessages();
    }

    static String link(MimeMessage message) {
        Matcher matcher = LINK.matcher(MailText.html(message));
        assertThat(matcher.find()).as("the mail carries a link to set a password").isTrue();
        return matcher.group(1);
    }

    static String token(String link) {
        return link.substring(link.indexOf('=') + 1);
    }

    /**
     * Opens the link's page and posts its form, as a person would. The outbox records a mail as sent just after
     * the server took it, and a link works only once recorded: a test that opens it the instant the mail arrives
     * may come in between, so the page is asked again (briefly) while it answers that the link is closed.
     */
    static ResponseEntity<String> setPassword(SessionClient browser, String link, String password, String repeat) {
        String page = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> browser.get(link), opened -> opened.getStatusCode() != HttpStatus.GONE).getBody();
        return browser.post("/password/set", Map.of("token", token(link), "password", password, "repeat", repeat,
                "_csrf", SessionClient.token(page)));
    }
}
