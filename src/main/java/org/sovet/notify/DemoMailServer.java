package org.sovet.notify;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovet.config.SovetProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo profile's SMTP server inside the app; its mail is read on the /mail page. */
@Component
@ConditionalOnProperty(name = "sovet.demo.mail-server.enabled", havingValue = "true")
public class DemoMailServer implements DisposableBean {

    private final GreenMail greenMail;
    /** Messages by Message-ID in the order they were first seen: a message keeps its number. */
    private final Map<String, MimeMessage> seen = new LinkedHashMap<>();

    DemoMailServer(SovetProperties properties) {
        ServerSetup smtp = new ServerSetup(properties.demo().mailServer().smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        greenMail = new GreenMail(smtp).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    /**
     * Received messages in the order they arrived; the index is the message's number on the page.
     * GreenMail lists them mailbox by mailbox, so a new message for one person would shift the
     * numbers of everyone else's: numbers are given here instead, once.
     */
    public synchronized List<MimeMessage> messages() {
        List<MimeMessage> arrived = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (!seen.containsKey(id(message))) {
                arrived.add(message);
            }
        }
        arrived.sort(Comparator.comparing(DemoMailServer::sent));
        arrived.forEach(message -> seen.putIfAbsent(id(message), message));
        return List.copyOf(seen.values());
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
