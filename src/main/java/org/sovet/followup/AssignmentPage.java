package org.sovet.followup;

import static org.sovet.document.SpreadsheetCsv.text;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Cluster;
import org.sovet.document.SpreadsheetCsv;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assignments page for secretaries, chairs and supervisors, with its chart and CSV. */
@Controller
class AssignmentPage {

    private final AssignmentBoard board;
    private final AssignmentChanges changes;
    private final AssignmentAccess followers;
    private final ClusterAccess access;
    private final AssignmentActions actions;

    AssignmentPage(AssignmentBoard board, AssignmentChanges changes, AssignmentAccess followers, ClusterAccess access,
                   AssignmentActions actions) {
        this.board = board;
        this.actions = actions;
        this.changes = changes;
        this.followers = followers;
        this.access = access;
    }

    @GetMapping("/assignments")
    String page(@RequestParam(required = false) String cluster, @RequestParam(required = false) String status,
                @RequestParam(required = false) String q, @RequestParam(required = false) Long id,
                HttpServletRequest request, Model model) {
        // a mail about one assignment links to the page showing just that one
        var rows = board.rows(clusters(request, cluster), status, q).stream().filter(r -> id == null || r.id() == id).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("actions", actions.of(user(request), rows));
        var chart = board.perOrganization(rows);
        model.addAttribute("chart", chart);
        int widest = chart.values().stream().mapToInt(c -> c[0] + c[1] + c[2]).max().orElse(0);
        model.addAttribute("unit", 500.0 / Math.max(5, widest));
        model.addAttribute("clusters", visible(request));
        model.addAttribute("cluster", cluster);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("id", id);
        return "pages/assignments";
    }

    @GetMapping("/assignments.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String cluster, @RequestParam(required = false) String status,
                               @RequestParam(required = false) String q, HttpServletRequest request) {
        var csv = new SpreadsheetCsv(List.of("Кластер", "Протокол", "Поручение", "Исполнитель", "Срок", "Состояние"));
        for (AssignmentRow r : board.rows(clusters(request, cluster), status, q)) {
            csv.row(text(r.cluster()), "№ " + r.protocolNumber(), text(r.text()), text(r.owner()),
                    RussianDates.shortDate(r.dueDate()), r.stateTitle());
        }
        return csv.download("porucheniya.csv");
    }

    @PostMapping("/assignments/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam String reason, HttpServletRequest request, RedirectAttributes flash) {
        return change(request, flash, user -> changes.cancel(id, user, reason), "Поручение отменено.");
    }

    @PostMapping("/assignments/{id}/reassign")
    String reassign(@PathVariable long id, @RequestParam String owner, HttpServletRequest request, RedirectAttributes flash) {
        return change(request, flash, user -> changes.reassign(id, user, owner), "Поручение передано новому исполнителю.");
    }

    private String change(HttpServletRequest request, RedirectAttributes flash, java.util.function.Consumer<String> action, String done) {
        try {
            action.accept(user(request));
            flash.addFlashAttribute("message", done);
        } catch (InputRejectedException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/assignments";
    }

    private List<String> clusters(HttpServletRequest request, String wanted) {
        return visible(request).stream().map(Cluster::id).filter(id -> wanted == null || wanted.isBlank() || id.equals(wanted)).toList();
    }

    private String user(HttpServletRequest request) {
        return access.user(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Войдите в систему."));
    }

    private List<Cluster> visible(HttpServletRequest request) {
        var clusters = followers.followedBy(user(request));
        if (clusters.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Страница поручений — для секретарей, председателей и надзора.");
        }
        return clusters;
    }
}
