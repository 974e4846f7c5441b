package org.sovet.notify;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sovet.config.SovetProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The demo mailbox: every message the embedded SMTP server received, in Russian. */
@Controller
@ConditionalOnProperty(name = "sovet.demo.mail-server.enabled", havingValue = "true")
class MailboxController {

    private final DemoMailServer server;
    private final ZoneId zone;

    MailboxController(DemoMailServer server, SovetProperties properties) {
        this.server = server;
        this.zone = properties.timeZone();
    }

    @GetMapping("/mail")
    String inbox(Model model) {
        var messages = server.messages();
        List<MailView> views = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            views.add(MailView.of(i, messages.get(i), zone));
        }
        Collections.reverse(views);
        model.addAttribute("messages", views);
        return "pages/mailbox";
    }

    @GetMapping("/mail/{index}")
    String message(@PathVariable int index, Model model) {
        model.addAttribute("mail", view(index));
        return "pages/mail-message";
    }

    @GetMapping("/mail/{index}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(@PathVariable int index, @PathVariable int attachment) {
        MailView mail = view(index);
        if (attachment < 0 || attachment >= mail.attachments().size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Вложение не найдено");
        }
        var file = mail.attachments().get(attachment);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private MailView view(int index) {
        var messages = server.messages();
        if (index < 0 || index >= messages.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Письмо не найдено");
        }
        return MailView.of(index, messages.get(index), zone);
    }
}
