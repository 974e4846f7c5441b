package org.sovet.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.util.Date;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands messages to the SMTP server and runs {@code accepted} as soon as the server has taken each (its
 * answer to DATA), before the connection is closed. Spring's sender returns only after the closing QUIT
 * exchange: a crash during it left a mail the server had taken unrecorded, and the retried job sent it again.
 */
@Component
class SmtpDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpDelivery.class);

    static {
        // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader scan of every jar for each multipart and
        // encoded header (jakartaee/mail-api#699, #861): 2 % of the CPU of a year of meetings. Named, it is one class lookup.
        System.getProperties().putIfAbsent(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }

    private final JavaMailSenderImpl sender;

    SmtpDelivery(JavaMailSenderImpl sender) {
        this.sender = sender;
    }

    MimeMessage newMessage() {
        return sender.createMimeMessage();
    }

    /** A connection for a mailing's messages, opened with the first of them. */
    Connection connection() {
        return new Connection();
    }

    /** The server could not be reached at all: the mailing's other messages would fail the same way. */
    static final class Unreachable extends MailSendException {

        Unreachable(MessagingException cause) {
            super("Mail server did not take the mail: " + cause.getMessage(), cause);
        }
    }

    /** One SMTP session for several messages; after a refused message the next one opens a new session. */
    final class Connection implements AutoCloseable {

        private Transport transport;

        void deliver(MimeMessage message, Runnable accepted) {
            open();
            try {
                prepare(message);
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                // the session's state after a refusal is the server's to know: start the next message afresh
                close();
                throw new MailSendException("Mail server did not take the mail: " + e.getMessage(), e);
            }
            accepted.run();
        }

        private void open() {
            if (transport != null) {
                return;
            }
            try {
                Transport opened = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
                opened.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
                transport = opened;
            } catch (MessagingException e) {
                throw new Unreachable(e);
            }
        }

        /** The messages are the server's once it answered DATA: a failed QUIT changes nothing about them. */
        @Override
        public void close() {
            if (transport == null) {
                return;
            }
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.warn("The mail server's connection did not close cleanly after it took the mail: {}", e.getMessage());
            } finally {
                transport = null;
            }
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
}
