package org.sovet.notify;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovet.common.Hashes;
import org.sovet.config.SovetProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo profile's SMTP server inside the app; its mail is read on the /mail page. */
@Component
@ConditionalOnProperty(name = "sovet.demo.mail-server.enabled", havingValue = "true")
public class DemoMailServer implements DisposableBean {

    private final GreenMail greenMail;
    /** Messages by their key in the order they were first seen. */
    private final Map<String, Received> seen = new LinkedHashMap<>();

    /**
     * A message with the key its link carries: drawn from its Message-ID, unique to the message, so a
     * link never shows another message, neither after new mail nor after a restart (which empties the box).
     */
    public record Received(String key, MimeMessage message) {}

    DemoMailServer(SovetProperties properties) {
        ServerSetup smtp = new ServerSetup(properties.demo().mailServer().smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        greenMail = new GreenMail(smtp).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    /** Received messages in the order they arrived (GreenMail lists them mailbox by mailbox). */
    public synchronized List<Received> messages() {
        List<MimeMessage> arrived = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (!seen.containsKey(id(message))) {
                arrived.add(message);
            }
        }
        arrived.sort(Comparator.comparing(DemoMailServer::sent));
        arrived.forEach(message -> seen.putIfAbsent(id(message), new Received(Hashes.sha256(
                id(message).getBytes(StandardCharsets.UTF_8)).substring(0, 20), message)));
        return List.copyOf(seen.values());
    }

    public Optional<Received> message(String key) {
        return messages().stream().filter(m -> m.key().equals(key)).findFirst();
    }

    private static String id(MimeMessage message) {
        try {
            return String.valueOf(message.getMessageID());
        } catch (MessagingException e) {
            throw new IllegalStateException("A received message without a readable Message-ID", e);
        }
    }

    private static Date sent(MimeMessage message) {
        try {
            return message.getSentDate() == null ? new Date(0) : message.getSentDate();
        } catch (MessagingException e) {
            return new Date(0);
        }
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }
}
