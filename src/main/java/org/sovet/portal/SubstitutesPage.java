package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sovet.common.InputRejectedException;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.SubstitutionForm;
import org.sovet.directory.Substitutions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Замещение»: who stands in for the cluster's chair, director or secretary, and when. Everyone of the
 * cluster (and supervisors) reads it; the chair, the secretary, an administrator and the absent person
 * themselves name and cancel ({@link Substitutions} checks again).
 */
@Controller
class SubstitutesPage {

    private static final String PATH = "/directory/{clusterId}/substitutes";

    private final PortalClusters clusters;
    private final ClusterAccess access;
    private final Substitutions substitutions;
    private final SubstituteRows rows;

    SubstitutesPage(PortalClusters clusters, ClusterAccess access, Substitutions substitutions, SubstituteRows rows) {
        this.clusters = clusters;
        this.access = access;
        this.substitutions = substitutions;
        this.rows = rows;
    }

    @GetMapping(PATH)
    String page(@PathVariable String clusterId, HttpServletRequest request, Model model) {
        return show(cluster(request, clusterId), user(request), model);
    }

    @PostMapping(PATH)
    String name(@PathVariable String clusterId, @RequestParam(defaultValue = "") String absent,
                @RequestParam(defaultValue = "") String substitute, @RequestParam(defaultValue = "") String from,
                @RequestParam(defaultValue = "") String to, HttpServletRequest request, HttpServletResponse response,
                Model model, RedirectAttributes flash) {
        Cluster cluster = cluster(request, clusterId);
        String user = user(request);
        String[] who = absent.split(":", 2);
        if (!substitutions.mayManage(user, clusterId) && !(substitutions.mayNameOwn(user, clusterId) && who[0].equals(user))) {
            throw refused();
        }
        try {
            substitutions.name(user, clusterId, new SubstitutionForm(who[0], role(who), substitute, date(from), date(to)));
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("error", e.getMessage());
            return show(cluster, user, model);
        }
        flash.addFlashAttribute("message", "Замещение назначено.");
        return "redirect:/directory/" + clusterId + "/substitutes";
    }

    @PostMapping(PATH + "/{id}/cancel")
    String cancel(@PathVariable String clusterId, @PathVariable long id, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes flash) {
        Cluster cluster = cluster(request, clusterId);
        String user = user(request);
        if (!substitutions.mayManage(user, clusterId) && !substitutions.mayNameOwn(user, clusterId)) {
            throw refused();
        }
        try {
            substitutions.cancel(user, clusterId, id);
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("error", e.getMessage());
            return show(cluster, user, model);
        }
        flash.addFlashAttribute("message", "Замещение отменено.");
        return "redirect:/directory/" + clusterId + "/substitutes";
    }

    private String show(Cluster cluster, String user, Model model) {
        model.addAttribute("cluster", cluster);
        model.addAttribute("rows", rows.of(cluster.id(), user));
        model.addAttribute("mayManage", substitutions.mayManage(user, cluster.id()));
        model.addAttribute("absentChoices", rows.absentChoices(cluster.id(), user));
        model.addAttribute("substituteChoices", rows.substituteChoices(cluster.id()));
        model.addAttribute("today", substitutions.today(cluster.id()));
        return "pages/substitutes";
    }

    private String user(HttpServletRequest request) {
        return access.user(request).orElseThrow(() -> new NotFound("Войдите, чтобы открыть эту страницу."));
    }

    private Cluster cluster(HttpServletRequest request, String clusterId) {
        return clusters.readable(user(request), clusterId)
                .orElseThrow(() -> new NotFound("Такого кластера нет среди доступных вам."));
    }

    private static ResponseStatusException refused() {
        return new ResponseStatusException(HttpStatus.FORBIDDEN,
                "Назначать и отменять замещение может сам отсутствующий, председатель или секретарь Совета либо администратор.");
    }

    private static CouncilRole role(String[] who) {
        try {
            return who.length < 2 ? null : CouncilRole.valueOf(who[1]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputRejectedException("Дата замещения указана неверно: выберите её в календаре.");
        }
    }
}
