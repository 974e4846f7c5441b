package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sovet.accounts.PasswordRules;
import org.sovet.common.LoginThrottle;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Organization;
import org.sovet.directory.Person;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * «Мой профиль»: who the directory says the person is, and the one thing they change themselves —
 * their password. Tasklist's profile link (Camunda's Welcome app) leads here.
 */
@Controller
class ProfilePage {

    private final ClusterAccess access;
    private final Directory directory;
    private final IdentityService identity;
    private final LoginThrottle throttle;
    private final PasswordRules rules;

    ProfilePage(ClusterAccess access, Directory directory, IdentityService identity, LoginThrottle throttle, PasswordRules rules) {
        this.rules = rules;
        this.access = access;
        this.directory = directory;
        this.identity = identity;
        this.throttle = throttle;
    }

    @GetMapping("/profile")
    String show(HttpServletRequest request, Model model) {
        return page(request, model, null, null);
    }

    @PostMapping("/profile/password")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String repeat, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        String userId = access.user(request).orElseThrow(() -> new NotFound("no login"));
        // a wrong current password counts as a failed login: the form must not become a way to guess it
        var wait = throttle.refusal(userId, request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return page(request, model, LoginThrottle.message(wait.get()), null);
        }
        if (current.isEmpty() || !identity.checkPassword(userId, current)) {
            throttle.failed(userId, request.getRemoteAddr());
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(request, model, "Текущий пароль указан неверно. Пароль не изменён.", null);
        }
        String problem = problem(userId, current, password, repeat);
        if (problem != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(request, model, problem, null);
        }
        throttle.succeeded(userId);
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
        return page(request, model, null, "Пароль изменён. Со следующего входа действует новый пароль.");
    }

    /** Camunda's password policy, every broken rule at once (the engine would refuse the password anyway). */
    private String problem(String userId, String current, String password, String repeat) {
        if (password.equals(current)) {
            return "Новый пароль совпадает с текущим. Пароль не изменён.";
        }
        List<String> broken = rules.broken(userId, password, repeat);
        return broken.isEmpty() ? null : "Новый пароль не подходит: " + String.join("; ", broken) + ". Пароль не изменён.";
    }

    private String page(HttpServletRequest request, Model model, String error, String done) {
        String userId = access.user(request).orElseThrow(() -> new NotFound("no login"));
        Person person = directory.person(userId).orElse(null);
        model.addAttribute("person", person);
        model.addAttribute("organization", person == null ? null
                : directory.organization(person.organizationId()).map(Organization::fullName).orElse(null));
        model.addAttribute("clusters", directory.clusterIdsOf(userId).stream()
                .map(id -> new Membership(directory.cluster(id).name(), roles(userId, id))).toList());
        model.addAttribute("error", error);
        model.addAttribute("done", done);
        model.addAttribute("rules", rules.summary());
        return "pages/profile";
    }

    private List<String> roles(String userId, String clusterId) {
        return directory.heldRolesOf(userId, clusterId).stream().map(CouncilRole::title).toList();
    }

    record Membership(String cluster, List<String> roles) {
    }
}
