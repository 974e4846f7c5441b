package org.sovet.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.Optional;

/** The HTML a person reads in a received mail, decoded, wherever it sits among the mail's parts. */
public final class MailText {

    /** 64 hex digits: a SHA-256 a mail body must not carry (the verification page holds it). */
    public static final String SHA_256 = "(?s).*\\b[0-9a-fA-F]{64}\\b.*";

    private MailText() {}

    public static String html(Part mail) {
        try {
            return find(mail).orElseThrow(() -> new AssertionError("The mail has no HTML body"));
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }

    private static Optional<String> find(Part part) throws Exception {
        if (part.isMimeType("text/html") && part.getFileName() == null) {
            return Optional.of(part.getContent().toString());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> found = find(multipart.getBodyPart(i));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
