package org.sovet.support;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** What a test reads off a received mail: to whom, its subject, its Message-ID. */
public final class Mails {

    private Mails() {}

    /** The first recipient's bare address, «belyaev@example.org». */
    public static String recipient(MimeMessage message) {
        return read(message, m -> ((InternetAddress) m.getAllRecipients()[0]).getAddress());
    }

    public static String subject(MimeMessage message) {
        return read(message, MimeMessage::getSubject);
    }

    public static String messageId(MimeMessage message) {
        return read(message, MimeMessage::getMessageID);
    }

    private interface Header {
        String of(MimeMessage message) throws MessagingException;
    }

    private static String read(MimeMessage message, Header header) {
        try {
            return header.of(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
