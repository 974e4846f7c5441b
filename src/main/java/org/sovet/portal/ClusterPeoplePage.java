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
import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryChanges;
import org.sovet.directory.OrganizationForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A council's people and organizations: the secretary or chair adds a person with a first role and keeps the
 * organizations; each person's card, roles and account are on {@link PersonPage}. Supervisors read it.
 */
@Controller
class ClusterPeoplePage {

    static final String PATH = "/directory/{clusterId}";

    private final DirectoryAccess access;
    private final Directory directory;
    private final DirectoryChanges people;
    private final ClusterChanges clusters;
    private final PeopleRows rows;

    ClusterPeoplePage(DirectoryAccess access, Directory directory, DirectoryChanges people,
                      ClusterChanges clusters, PeopleRows rows) {
        this.access = access;
        this.directory = directory;
        this.people = people;
        this.clusters = clusters;
        this.rows = rows;
    }

    @GetMapping(PATH)
    String page(@PathVariable String clusterId, HttpServletRequest request, Model model) {
        return page(access.user(request), clusterId, model, FormState.NONE);
    }

    @PostMapping(PATH + "/people")
    String addPerson(@PathVariable String clusterId, @RequestParam Map<String, String> form, HttpServletRequest request,
                     HttpServletResponse response, Model model, RedirectAttributes flash) {
        String user = access.user(request);
        access.kept(user, clusterId);
        Map<String, String> typed = Typed.values(form);
        try {
            Problems problems = new Problems();
            CouncilRole role = Roles.of(typed.get("role"), problems);
            LocalDate from = DayField.parse("from", typed.get("from"), "Начало роли", problems);
            LocalDate to = DayField.parse("to", typed.get("to"), "Окончание роли", problems);
            problems.reject();
            String id = people.addPerson(user, clusterId, PersonFields.of(null, typed), role, from, to);
            flash.addFlashAttribute("message", "Добавлен(а) " + directory.person(id).orElseThrow().fullName() + ", логин " + id + ".");
        } catch (InputRejectedException e) {
            return refused(user, clusterId, model, response, FormState.refused("person", typed, e));
        }
        return "redirect:/directory/" + clusterId;
    }

    @PostMapping({PATH + "/organizations", PATH + "/organizations/{organizationId}"})
    String saveOrganization(@PathVariable String clusterId, @PathVariable(required = false) String organizationId,
                            @RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
                            Model model, RedirectAttributes flash) {
        String user = access.user(request);
        access.kept(user, clusterId);
        Map<String, String> typed = Typed.values(form);
        try {
            clusters.saveOrganization(user, clusterId, new OrganizationForm(organizationId, typed.get("shortName"),
                    typed.get("fullName"), typed.containsKey("anchor")));
        } catch (InputRejectedException e) {
            String which = organizationId == null ? "organization" : "organization-" + organizationId;
            return refused(user, clusterId, model, response, FormState.refused(which, typed, e));
        }
        flash.addFlashAttribute("message", "Организация «" + typed.get("shortName").trim() + "» сохранена.");
        return "redirect:/directory/" + clusterId + "#organizations";
    }

    private String refused(String user, String clusterId, Model model, HttpServletResponse response, FormState state) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(user, clusterId, model, state);
    }

    private String page(String user, String clusterId, Model model, FormState state) {
        Cluster cluster = access.readable(user, clusterId);
        model.addAttribute("cluster", cluster);
        model.addAttribute("keeper", access.mayKeep(user, clusterId));
        model.addAttribute("administrator", access.isAdministrator(user));
        model.addAttribute("people", rows.of(cluster));
        model.addAttribute("organizations", directory.organizations(clusterId));
        model.addAttribute("state", state);
        ClusterChoices.addTo(model);
        return "pages/directory-cluster";
    }
}
