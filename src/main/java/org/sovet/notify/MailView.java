package org.sovet.notify;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

/** A received message as the demo mailbox page shows it. */
record MailView(String key, String sentAt, String from, String to, String subject, String html, List<AttachmentView> attachments) {

    record AttachmentView(int index, String fileName, String contentType, int size, byte[] content) {}

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    static MailView of(String key, MimeMessage message, ZoneId zone) {
        try {
            List<AttachmentView> attachments = new ArrayList<>();
            StringBuilder html = new StringBuilder();
            collect(message, html, attachments);
            Date sent = message.getSentDate();
            return new MailView(key, sent == null ? "" : SENT.format(sent.toInstant().atZone(zone)), decode(String.join(", ", addresses(message.getFrom()))),
                    decode(String.join(", ", addresses(message.getAllRecipients()))), message.getSubject(),
                    html.toString(), attachments);
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable message " + key, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Part part, StringBuilder html, List<AttachmentView> attachments)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, html, attachments);
            }
        } else if (part.getFileName() != null) {
            byte[] content = part.getInputStream().readAllBytes();
            attachments.add(new AttachmentView(attachments.size(), MimeUtility.decodeText(part.getFileName()),
                    part.getContentType().split(";")[0], content.length, content));
        } else if (part.isMimeType("text/html") && html.isEmpty()) {
            html.append(part.getContent());
        } else if (part.isMimeType("text/plain") && html.isEmpty()) {
            html.append("<pre>").append(part.getContent().toString().replace("<", "&lt;")).append("</pre>");
        }
    }

    private static List<String> addresses(jakarta.mail.Address[] addresses) {
        return addresses == null ? List.of() : java.util.Arrays.stream(addresses).map(Object::toString).toList();
    }

    private static String decode(String text) throws IOException {
        return MimeUtility.decodeText(text);
    }
}
