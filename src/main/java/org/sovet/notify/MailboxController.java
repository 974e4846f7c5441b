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
        List<MailView> views = new ArrayList<>();
        for (var received : server.messages()) {
            if (reader.mayRead(received.message())) {
                views.add(MailView.of(received.key(), received.message(), zone));
            }
        }
        Collections.reverse(views);
        model.addAttribute("messages", views);
        model.addAttribute("everyone", reader.everything());
        return "pages/mailbox";
    }

    @GetMapping("/mail/{key}")
    String message(@PathVariable String key, HttpServletRequest request, Model model) {
        model.addAttribute("mail", view(key, request));
        return "pages/mail-message";
    }

    @GetMapping("/mail/{key}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(@PathVariable String key, @PathVariable int attachment, HttpServletRequest request) {
        MailView mail = view(key, request);
        if (attachment < 0 || attachment >= mail.attachments().size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Вложение не найдено");
        }
        var file = mail.attachments().get(attachment);
        return Downloads.attachment(file.fileName(), file.contentType(), file.content());
    }

    /** Someone else's message answers as an unknown one, so its key reveals nothing. */
    private MailView view(String key, HttpServletRequest request) {
        var reader = readers.of(request);
        return server.message(key).filter(received -> reader.mayRead(received.message()))
                .map(received -> MailView.of(key, received.message(), zone))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Письмо не найдено"));
    }
}
