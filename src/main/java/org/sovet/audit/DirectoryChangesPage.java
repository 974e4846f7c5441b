package org.sovet.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.sovet.common.RussianDates;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Directory;
import org.sovet.document.SpreadsheetCsv;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who changed the directory, what and when: one cluster's changes for its secretary and chair, supervisors and
 * administrators; every cluster's for supervisors and administrators. A page of 50 rows, and the whole filtered
 * list as CSV.
 */
@Controller
class DirectoryChangesPage {

    static final int PAGE_SIZE = 50;
    private static final List<String> HEADER = List.of("Когда", "Кластер", "Кто", "Что изменено", "Было", "Стало");

    private final DirectoryChangeLog log;
    private final ClusterAccess access;
    private final Directory directory;

    DirectoryChangesPage(DirectoryChangeLog log, ClusterAccess access, Directory directory) {
        this.log = log;
        this.access = access;
        this.directory = directory;
    }

    @GetMapping("/directory/{clusterId}/changes")
    String cluster(@PathVariable String clusterId, Filter filter, HttpServletRequest request, Model model) {
        return page(readable(clusterId, request), filter, model);
    }

    @GetMapping("/directory/changes")
    String all(Filter filter, HttpServletRequest request, Model model) {
        return page(readable(null, request), filter, model);
    }

    @GetMapping("/directory/{clusterId}/changes.csv")
    ResponseEntity<byte[]> clusterCsv(@PathVariable String clusterId, Filter filter, HttpServletRequest request) {
        return csv(readable(clusterId, request), filter, "izmeneniya-spravochnika-" + clusterId + ".csv");
    }

    @GetMapping("/directory/changes.csv")
    ResponseEntity<byte[]> allCsv(Filter filter, HttpServletRequest request) {
        return csv(readable(null, request), filter, "izmeneniya-spravochnika.csv");
    }

    private String page(String clusterId, Filter filter, Model model) {
        var changes = log.changes(clusterId);
        var rows = log.rows(changes, filter.fromDay(), filter.toDay(), filter.personOrNull());
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(filter.page() == null ? 1 : filter.page(), 1), pages);
        model.addAttribute("title", clusterId == null ? "Изменения справочника: все кластеры"
                : "Изменения справочника: " + directory.cluster(clusterId).name());
        model.addAttribute("path", clusterId == null ? "/directory/changes" : "/directory/" + clusterId + "/changes");
        model.addAttribute("allClusters", clusterId == null);
        model.addAttribute("rows", rows.subList((page - 1) * PAGE_SIZE, Math.min(rows.size(), page * PAGE_SIZE)));
        model.addAttribute("total", rows.size());
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("people", log.people(changes));
        model.addAttribute("from", filter.fromDay());
        model.addAttribute("to", filter.toDay());
        model.addAttribute("person", filter.personOrNull());
        return "pages/directory-changes";
    }

    private ResponseEntity<byte[]> csv(String clusterId, Filter filter, String fileName) {
        var csv = new SpreadsheetCsv(HEADER);
        log.rows(log.changes(clusterId), filter.fromDay(), filter.toDay(), filter.personOrNull()).forEach(r -> csv.row(
                SpreadsheetCsv.text(r.when()), SpreadsheetCsv.text(r.cluster()), SpreadsheetCsv.text(r.who()),
                SpreadsheetCsv.text(r.what()), SpreadsheetCsv.text(r.before()), SpreadsheetCsv.text(r.after())));
        return csv.download(fileName);
    }

    /** The cluster checked readable by the user (null: all clusters); an unknown cluster is not found. */
    private String readable(String clusterId, HttpServletRequest request) {
        // the portal's login interceptor has sent anyone without a login to the login page already
        String user = access.user(request).orElseThrow();
        if (clusterId != null && directory.clusters().stream().noneMatch(c -> c.id().equals(clusterId))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Кластер не найден.");
        }
        if (clusterId == null ? !log.readsAll(user) : !log.mayRead(user, clusterId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, clusterId == null
                    ? "Изменения справочника всех кластеров видят надзор и администраторы."
                    : "Изменения справочника кластера видят его секретарь и председатель, надзор и администраторы.");
        }
        return clusterId;
    }

    /** The query: «from» and «to» as dates (ISO or дд.мм.гггг), the person's login, the page from 1. */
    record Filter(String from, String to, String person, Integer page) {

        LocalDate fromDay() {
            return day(from);
        }

        LocalDate toDay() {
            return day(to);
        }

        String personOrNull() {
            return person == null || person.isBlank() ? null : person;
        }

        private static LocalDate day(String text) {
            return text == null || text.isBlank() ? null : RussianDates.parse(text.trim());
        }
    }
}
