package org.sovet.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.io.UnsupportedEncodingException;
import java.util.HashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovet.common.RussianDates;
import org.sovet.config.SovetProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends e-mail now and throws if the SMTP server refuses it, so the caller can try again later: a process
 * step through {@link Mailing} and its job's retries, a password link through its outbox. A mail whose key
 * was already accepted by the server is not sent again, so a retry mails nobody twice.
 */
@Service
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private static final String OCTET_STREAM = "application/octet-stream";

    private final SmtpDelivery delivery;
    private final TemplateEngine templates;
    private final SovetProperties properties;
    private final SentMail sentMail;

    Mailer(SmtpDelivery delivery, TemplateEngine templates, SovetProperties properties, SentMail sentMail) {
        this.sentMail = sentMail;
        this.delivery = delivery;
        this.templates = templates;
        this.properties = properties;
    }

    public void send(MailKey key, Mail mail) {
        if (sentMail.sent(key)) {
            LOG.info("Mail {} was sent before; not sending it again", key.value());
            return;
        }
        try (SmtpDelivery.Connection connection = delivery.connection()) {
            send(connection, key, mail);
        }
    }

    /** Sends a mail the caller knows to be unsent over the caller's connection. */
    void send(SmtpDelivery.Connection connection, MailKey key, Mail mail) {
        var model = new HashMap<>(mail.model());
        model.put("baseUrl", properties.baseUrl());
        model.put("greeting", mail.greeting());
        String html = templates.process("mail/" + mail.template(), new Context(RussianDates.RUSSIAN, model));
        MimeMessage message = delivery.newMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
            helper.setFrom(InternetAddress.parse(properties.mail().from())[0]);
            helper.setTo(new InternetAddress(mail.toAddress(), mail.toName(), "UTF-8"));
            helper.setSubject(mail.subject());
            // kept by the sender as set: the same mail has the same Message-ID wherever it is looked up
            message.setHeader("Message-ID", key.messageId());
            helper.setText(html, true);
            for (Mail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), mimeType(attachment.contentType()));
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot prepare the mail to " + mail.toAddress(), e);
        }
        // recorded the moment the server has taken it: a crash before that one insert still sends twice
        connection.deliver(message, () -> sentMail.record(key, mail.toAddress()));
    }

    /**
     * A type that does not parse (stored from a browser's claim before uploads were checked) would fail
     * every retry of the mail job: such a file goes as plain bytes. Parameters stay (the .ics «method»).
     */
    private static String mimeType(String contentType) {
        if (contentType == null) {
            return OCTET_STREAM;
        }
        try {
            new ContentType(contentType);
            return contentType;
        } catch (ParseException e) {
            return OCTET_STREAM;
        }
    }
}
