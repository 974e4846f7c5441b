package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.sovet.common.InputRejectedException;
import org.sovet.common.Problems;
import org.sovet.directory.Cluster;
import org.sovet.directory.ClusterChanges;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.CouncilSettings;
import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryChanges;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cluster's card and its council's regulation, and its secretary: the regional administrator changes them and names
 * the secretary (someone of the cluster, or a new person); the cluster's keepers and supervisors read them.
 */
@Controller
class ClusterSettingsPage {

    private static final String PATH = "/directory/{clusterId}/settings";

    private final DirectoryAccess access;
    private final Directory directory;
    private final ClusterChanges clusters;
    private final DirectoryChanges people;

    ClusterSettingsPage(DirectoryAccess access, Directory directory, ClusterChanges clusters,
                        DirectoryChanges people) {
        this.access = access;
        this.directory = directory;
        this.clusters = clusters;
        this.people = people;
    }

    @GetMapping(PATH)
    String page(@PathVariable String clusterId, HttpServletRequest request, Model model) {
        return page(access.user(request), clusterId, model, FormState.NONE);
    }

    @PostMapping(PATH)
    String save(@PathVariable String clusterId, @RequestParam Map<String, String> form, HttpServletRequest request,
                HttpServletResponse response, Model model, RedirectAttributes flash) {
        String user = access.user(request);
        access.readable(user, clusterId);
        access.requireAdministrator(user);
        Map<String, String> typed = Typed.values(form);
        try {
            Problems problems = new Problems();
            CouncilSettings settings = ClusterForms.settings(clusterId, typed, problems);
            problems.reject();
            clusters.updateCluster(user, ClusterForms.cluster(clusterId, typed), settings);
        } catch (InputRejectedException e) {
            return refused(user, clusterId, model, response, FormState.refused("cluster", typed, e));
        }
        flash.addFlashAttribute("message", "Сведения о кластере и регламент Совета сохранены.");
        return "redirect:/directory/" + clusterId + "/settings";
    }

    @PostMapping("/directory/{clusterId}/secretary")
    String nameSecretary(@PathVariable String clusterId, @RequestParam Map<String, String> form, HttpServletRequest request,
                         HttpServletResponse response, Model model, RedirectAttributes flash) {
        String user = access.user(request);
        access.readable(user, clusterId);
        access.requireAdministrator(user);
        Map<String, String> typed = Typed.values(form);
        try {
            Problems problems = new Problems();
            LocalDate from = DayField.parse("from", typed.get("from"), "Начало полномочий", problems);
            String existing = Typed.text(typed, "personId");
            problems.reject();
            if (existing != null) {
                people.grantRole(user, clusterId, existing, CouncilRole.SECRETARY, from, null);
            } else {
                people.addPerson(user, clusterId, PersonFields.of(null, typed), CouncilRole.SECRETARY, from, null);
            }
        } catch (InputRejectedException e) {
            return refused(user, clusterId, model, response, FormState.refused("secretary", typed, e));
        }
        flash.addFlashAttribute("message", "Секретарь Совета назначен.");
        return "redirect:/directory/" + clusterId + "/settings";
    }

    private String refused(String user, String clusterId, Model model, HttpServletResponse response, FormState state) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(user, clusterId, model, state);
    }

    private String page(String user, String clusterId, Model model, FormState state) {
        Cluster cluster = access.readable(user, clusterId);
        model.addAttribute("cluster", cluster);
        model.addAttribute("settings", directory.settings(clusterId));
        model.addAttribute("administrator", access.isAdministrator(user));
        model.addAttribute("secretaries", directory.peopleWithRole(clusterId, CouncilRole.SECRETARY));
        model.addAttribute("candidates", directory.people(clusterId).stream().filter(p -> directory.isActive(p.id()))
                .map(p -> new PersonFields.Choice(p.id(), directory.pickLabel(p))).toList());
        model.addAttribute("organizations", directory.organizations(clusterId));
        model.addAttribute("state", state);
        ClusterChoices.addTo(model);
        return "pages/directory-settings";
    }
}
