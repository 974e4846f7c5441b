package org.sovet.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands one message to the SMTP server and runs {@code accepted} as soon as the server has taken it (its
 * answer to DATA), before the connection is closed. Spring's sender returns only after the closing QUIT
 * exchange: a crash during it left a mail the server had taken unrecorded, and the retried job sent it again.
 */
@Component
class SmtpDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpDelivery.class);

    private final JavaMailSenderImpl sender;

    SmtpDelivery(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    MimeMessage newMessage() {
        return sender.createMimeMessage();
    }

    void deliver(MimeMessage message, Runnable accepted) {
        try {
            Transport transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
            transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
            try {
                prepare(message);
                transport.sendMessage(message, message.getAllRecipients());
                accepted.run();
            } finally {
                close(transport);
            }
        } catch (MessagingException e) {
            throw new MailSendException("Mail server did not take the mail: " + e.getMessage(), e);
        }
    }

    /** As Spring's sender does: a sent date, and the Message-ID set by the caller kept through saveChanges. */
    private static void prepare(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
    }

    /** The message is the server's once it answered DATA: a failed QUIT changes nothing about it. */
    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.warn("The mail server's connection did not close cleanly after it took the mail: {}", e.getMessage());
        }
    }
}
