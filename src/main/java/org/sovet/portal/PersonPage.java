package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.sovet.common.InputRejectedException;
import org.sovet.common.Problems;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.accounts.Invitations;
import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryChanges;
import org.sovet.directory.Person;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One person of a council: their card, their roles with dates (grant, end) and their account (deactivate, reactivate). */
@Controller
class PersonPage {

    private static final String PATH = "/directory/{clusterId}/people/{personId}";

    private final DirectoryAccess access;
    private final Directory directory;
    private final DirectoryChanges changes;
    private final PeopleRows rows;
    private final Invitations invitations;

    PersonPage(DirectoryAccess access, Directory directory, DirectoryChanges changes, PeopleRows rows, Invitations invitations) {
        this.access = access;
        this.directory = directory;
        this.changes = changes;
        this.rows = rows;
        this.invitations = invitations;
    }

    @GetMapping(PATH)
    String page(@PathVariable String clusterId, @PathVariable String personId, HttpServletRequest request, Model model) {
        return page(access.user(request), clusterId, personId, model, FormState.NONE);
    }

    @PostMapping(PATH)
    String saveCard(@PathVariable String clusterId, @PathVariable String personId, @RequestParam Map<String, String> form,
                    HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        return change("card", clusterId, personId, form, request, response, model, flash, (user, typed) -> {
            changes.updatePerson(user, clusterId, PersonFields.of(personId, typed));
            return "Карточка сохранена.";
        });
    }

    @PostMapping(PATH + "/roles")
    String grantRole(@PathVariable String clusterId, @PathVariable String personId, @RequestParam Map<String, String> form,
                     HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        return change("grant", clusterId, personId, form, request, response, model, flash, (user, typed) -> {
            Problems problems = new Problems();
            CouncilRole role = Roles.of(typed.get("role"), problems);
            LocalDate from = DayField.parse("from", typed.get("from"), "Начало роли", problems);
            LocalDate to = DayField.parse("to", typed.get("to"), "Окончание роли", problems);
            problems.reject();
            changes.grantRole(user, clusterId, personId, role, from, to);
            return "Роль «" + role.title() + "» сохранена.";
        });
    }

    @PostMapping(PATH + "/roles/end")
    String endRole(@PathVariable String clusterId, @PathVariable String personId, @RequestParam Map<String, String> form,
                   HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        String role = form.getOrDefault("role", "");
        return change("end-" + role, clusterId, personId, form, request, response, model, flash, (user, typed) -> {
            Problems problems = new Problems();
            CouncilRole ended = Roles.of(role, problems);
            LocalDate lastDay = DayField.parse("lastDay", typed.get("lastDay"), "Последний день", problems);
            problems.reject();
            changes.endRole(user, clusterId, personId, ended, lastDay);
            return lastDay == null || lastDay.isBefore(directory.today())
                    ? "Роль «" + ended.title() + "» снята сразу."
                    : "Роль «" + ended.title() + "» закончится после " + DayField.format(lastDay) + ".";
        });
    }

    @PostMapping(PATH + "/deactivate")
    String deactivate(@PathVariable String clusterId, @PathVariable String personId, @RequestParam Map<String, String> form,
                      HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        return change("deactivate", clusterId, personId, form, request, response, model, flash, (user, typed) -> {
            if (!typed.containsKey("confirmed")) {
                throw InputRejectedException.about("confirmed", "Отметьте, что понимаете последствия отключения.");
            }
            changes.deactivate(user, clusterId, personId);
            return "Учётная запись отключена: доступ прекращён, открытые задачи переданы контролёру.";
        });
    }

    @PostMapping(PATH + "/reactivate")
    String reactivate(@PathVariable String clusterId, @PathVariable String personId, @RequestParam Map<String, String> form,
                      HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        return change("reactivate", clusterId, personId, form, request, response, model, flash, (user, typed) -> {
            changes.reactivate(user, clusterId, personId);
            return "Учётная запись снова включена.";
        });
    }

    @PostMapping(PATH + "/invite")
    String invite(@PathVariable String clusterId, @PathVariable String personId, @RequestParam Map<String, String> form,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        return change("invite", clusterId, personId, form, request, response, model, flash, (user, typed) -> {
            invitations.resend(user, personId);
            return "Приглашение отправлено: прежние ссылки больше не действуют.";
        });
    }

    /** A change of the person by a keeper of the cluster; a refusal shows the page again with what was typed. */
    private String change(String which, String clusterId, String personId, Map<String, String> form, HttpServletRequest request,
                          HttpServletResponse response, Model model, RedirectAttributes flash, Change change) {
        String user = access.user(request);
        access.kept(user, clusterId);
        personOf(clusterId, personId);
        Map<String, String> typed = Typed.values(form);
        try {
            flash.addFlashAttribute("message", change.apply(user, typed));
        } catch (InputRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(user, clusterId, personId, model, FormState.refused(which, typed, e));
        }
        return "redirect:/directory/" + clusterId + "/people/" + personId;
    }

    private String page(String user, String clusterId, String personId, Model model, FormState state) {
        Cluster cluster = access.readable(user, clusterId);
        Person person = personOf(clusterId, personId);
        model.addAttribute("cluster", cluster);
        model.addAttribute("row", rows.row(cluster, person, directory.roleGrants(clusterId)));
        model.addAttribute("keeper", access.mayKeep(user, clusterId));
        model.addAttribute("yourself", person.id().equals(user));
        model.addAttribute("invitation", invitations.status(personId));
        model.addAttribute("organizations", directory.organizations(clusterId));
        model.addAttribute("yesterday", DayField.format(directory.today().minusDays(1)));
        model.addAttribute("state", state);
        ClusterChoices.addTo(model);
        return "pages/directory-person";
    }

    private Person personOf(String clusterId, String personId) {
        return directory.people(clusterId).stream().filter(p -> p.id().equals(personId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Такого человека нет в справочнике этого кластера."));
    }

    @FunctionalInterface
    private interface Change {
        String apply(String user, Map<String, String> typed);
    }
}
