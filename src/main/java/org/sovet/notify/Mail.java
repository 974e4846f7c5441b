package org.sovet.notify;

import java.util.List;
import java.util.Map;

/**
 * One e-mail to one person: a Thymeleaf template under templates/mail with its model.
 *
 * @param greeting how the letter addresses the person: «Ирина Петровна»
 */
public record Mail(String toAddress, String toName, String greeting, String subject, String template,
                   Map<String, Object> model, List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] content) {}

    public Mail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
