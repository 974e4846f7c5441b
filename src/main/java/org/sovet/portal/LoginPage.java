package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sovet.common.LoginThrottle;
import org.sovet.config.ClusterAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** The Russian login page of the portal and Tasklist alike, and the logout. */
@Controller
class LoginPage {

    private final WebappLogin login;
    private final FormToken tokens;
    private final ClusterAccess access;
    private final LoginThrottle throttle;

    LoginPage(WebappLogin login, FormToken tokens, ClusterAccess access, LoginThrottle throttle) {
        this.login = login;
        this.tokens = tokens;
        this.access = access;
        this.throttle = throttle;
    }

    @GetMapping("/login")
    Object form(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        if (access.user(request).isPresent()) {
            return redirect(next);
        }
        return form(request, model, next, "", null);
    }

    @PostMapping("/login")
    Object logIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                 @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        if (!tokens.posted(request)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return form(request, model, next, username, "Страница входа устарела. Введите имя пользователя и пароль ещё раз.");
        }
        String user = username.trim();
        // refused before the password is checked: a guess during the wait tells nothing and costs the account nothing
        var wait = throttle.refusal(user, request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return form(request, model, next, username, LoginThrottle.message(wait.get()));
        }
        if (!login.logIn(request, user, password)) {
            throttle.failed(user, request.getRemoteAddr());
            return form(request, model, next, username, "Неверное имя пользователя или пароль.");
        }
        throttle.succeeded(user);
        return redirect(next);
    }

    /** A typed or bookmarked /logout: the same «Выйти» as the header's, a post with the form token. */
    @GetMapping("/logout")
    String logOutPage() {
        return "pages/logout";
    }

    @PostMapping("/logout")
    String logOut(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!tokens.posted(request)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("title", "Выход не выполнен");
            model.addAttribute("message", "Страница устарела. Обновите её и нажмите «Выйти» ещё раз.");
            return "pages/message";
        }
        login.logOut(request);
        return "redirect:/login?out";
    }

    private String form(HttpServletRequest request, Model model, String next, String username, String error) {
        model.addAttribute("next", LocalTarget.of(next));
        model.addAttribute("username", username);
        model.addAttribute("error", error);
        model.addAttribute("loggedOut", request.getParameter("out") != null);
        model.addAttribute("passwordSet", request.getParameter("password-set") != null);
        model.addAttribute("formToken", tokens.of(request.getSession()));
        return "pages/login";
    }

    /** Straight to the path as given: Spring would otherwise read «{…}» in it as a template variable. */
    private static RedirectView redirect(String next) {
        RedirectView view = new RedirectView(LocalTarget.of(next), true);
        view.setExpandUriTemplateVariables(false);
        return view;
    }
}
