package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.sovet.common.InputRejectedException;
import org.sovet.common.Problems;
import org.sovet.directory.Cluster;
import org.sovet.directory.ClusterChanges;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.CouncilSettings;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Справочник»: the clusters a person keeps or reads; a regional administrator creates a cluster here with its
 * council's regulation, then names its secretary on the cluster's settings page.
 */
@Controller
class DirectoryPage {

    static final String PATH = "/directory";

    private final DirectoryAccess access;
    private final Directory directory;
    private final ClusterChanges changes;

    DirectoryPage(DirectoryAccess access, Directory directory, ClusterChanges changes) {
        this.access = access;
        this.directory = directory;
        this.changes = changes;
    }

    @GetMapping(PATH)
    String page(HttpServletRequest request, Model model) {
        return page(access.user(request), model, FormState.NONE);
    }

    @PostMapping(PATH)
    String create(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes flash) {
        String user = access.user(request);
        access.requireAdministrator(user);
        Map<String, String> typed = Typed.values(form);
        String id = typed.getOrDefault("id", "").trim();
        try {
            Problems problems = new Problems();
            CouncilSettings settings = ClusterForms.settings(id, typed, problems);
            problems.reject();
            changes.createCluster(user, ClusterForms.cluster(id, typed), settings);
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(user, model, FormState.refused("cluster", typed, e));
        }
        flash.addFlashAttribute("message", "Кластер «" + directory.cluster(id).name() + "» создан. Назовите его секретаря.");
        return "redirect:" + PATH + "/" + id + "/settings#secretary";
    }

    private String page(String user, Model model, FormState state) {
        access.requireReader(user);
        model.addAttribute("clusters", access.clusters(user).stream().map(this::row).toList());
        model.addAttribute("administrator", access.isAdministrator(user));
        model.addAttribute("state", state);
        model.addAttribute("defaults", CouncilSettings.defaults(""));
        ClusterChoices.addTo(model);
        return "pages/directory";
    }

    private ClusterRow row(Cluster cluster) {
        List<String> secretaries = directory.peopleWithRole(cluster.id(), CouncilRole.SECRETARY).stream()
                .map(Person::surnameAndInitials).toList();
        return new ClusterRow(cluster, secretaries, directory.councilMembers(cluster.id()).size());
    }

    record ClusterRow(Cluster cluster, List<String> secretaries, int members) {}
}
