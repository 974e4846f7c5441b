package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.text.Collator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.sovet.common.RussianDates;
import org.sovet.config.ClusterAccess;
import org.sovet.config.SovetProperties;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.notify.FailedMail;
import org.sovet.notify.FailedMails;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Неотправленные уведомления»: the mail jobs that failed (an SMTP server down, a refused message),
 * with «Повторить» per line and for all. A retry changes no record, so supervisors may press it too.
 */
@Controller
class FailedMailPage {

    static final String PATH = "/notifications/failed";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    /** Those not mailed in the order a Russian list of people takes: by surname, alphabetically. */
    private static final Collator RUSSIAN = Collator.getInstance(RussianDates.RUSSIAN);

    private final FailedMails failedMails;
    private final FailedMailAccess readers;
    private final ClusterAccess access;
    private final Directory directory;
    private final ZoneId zone;

    FailedMailPage(FailedMails failedMails, FailedMailAccess readers, ClusterAccess access, Directory directory,
                   SovetProperties properties) {
        this.failedMails = failedMails;
        this.readers = readers;
        this.access = access;
        this.directory = directory;
        this.zone = properties.timeZone();
    }

    @GetMapping(PATH)
    String page(HttpServletRequest request, Model model) {
        model.addAttribute("lines", failedMails.of(clusterIds(request)).stream().map(this::line).toList());
        return "pages/failed-mail";
    }

    @PostMapping(PATH + "/{jobId}/retry")
    String retry(@PathVariable String jobId, HttpServletRequest request, RedirectAttributes flash) {
        // another cluster's job and an unknown one answer alike, so nothing tells which ids exist
        if (!failedMails.retry(jobId, clusterIds(request))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Такого неотправленного уведомления нет среди доступных вам.");
        }
        flash.addFlashAttribute("message", "Уведомление поставлено на повторную отправку: письмо уйдёт в ближайшие минуты.");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/retry-all")
    String retryAll(HttpServletRequest request, RedirectAttributes flash) {
        int retried = failedMails.retryAll(clusterIds(request));
        flash.addFlashAttribute("message", retried == 0 ? "Неотправленных уведомлений нет."
                : "Поставлено на повторную отправку уведомлений: " + retried + ". Письма уйдут в ближайшие минуты.");
        return "redirect:" + PATH;
    }

    private List<String> clusterIds(HttpServletRequest request) {
        List<String> clusters = readers.clusterIds(access.user(request).orElseThrow());
        if (clusters.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Неотправленные уведомления видят секретари Совета, надзор и администраторы.");
        }
        return clusters;
    }

    private FailedMailLine line(FailedMail mail) {
        String recipient = mail.recipientIds().isEmpty() ? "—" : mail.recipientIds().stream()
                .map(id -> directory.person(id).map(Person::fullName).orElse(id)).sorted(RUSSIAN).collect(Collectors.joining(", "));
        return new FailedMailLine(mail.jobId(), directory.cluster(mail.clusterId()).name(), mail.what(), mail.record(), recipient,
                WHEN.format(mail.since().atZone(zone)), mail.reason(), mail.error(), mail.retriesLeft(), mail.incident());
    }
}
