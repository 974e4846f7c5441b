package org.sovet.notify;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sovet.config.SovetProperties;
import org.sovet.document.Downloads;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo mailbox: the messages the embedded SMTP server received for the person logged in (the
 * administrator reads all), in Russian. The portal's login interceptor has sent anyone without a login
 * to the login page already.
 */
@Controller
@ConditionalOnProperty(name = "sovet.demo.mail-server.enabled", havingValue = "true")
class MailboxController {

    private final DemoMailServer server;
    private final MailboxReader readers;
    private final ZoneId zone;

    MailboxController(DemoMailServer server, MailboxReader readers, SovetProperties properties) {
        this.server = server;
        this.readers = readers;
        this.zone = properties.timeZone();
    }

    @GetMapping("/mail")
    String inbox(HttpServletRequest request, Model model) {
        var reader = readers.of(request);
        var messages = server.messages();
        List<MailView> views = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (reader.mayRead(messages.get(i))) {
                views.add(MailView.of(i, messages.get(i), zone));
            }
        }
        Collections.reverse(views);
        model.addAttribute("messages", views);
        model.addAttribute("everyone", reader.everything());
        return "pages/mailbox";
    }

    @GetMapping("/mail/{index}")
    String message(@PathVariable int index, HttpServletRequest request, Model model) {
        model.addAttribute("mail", view(index, request));
        return "pages/mail-message";
    }

    @GetMapping("/mail/{index}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(@PathVariable int index, @PathVariable int attachment, HttpServletRequest request) {
        MailView mail = view(index, request);
        if (attachment < 0 || attachment >= mail.attachments().size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Вложение не найдено");
        }
        var file = mail.attachments().get(attachment);
        return Downloads.attachment(file.fileName(), file.contentType(), file.content());
    }

    /** Someone else's message answers as an unknown one, so its number reveals nothing. */
    private MailView view(int index, HttpServletRequest request) {
        var messages = server.messages();
        if (index < 0 || index >= messages.size() || !readers.of(request).mayRead(messages.get(index))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Письмо не найдено");
        }
        return MailView.of(index, messages.get(index), zone);
    }
}
