package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.sovet.accounts.PasswordRules;
import org.sovet.accounts.Passwords;
import org.sovet.directory.Person;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page a mailed link opens (no login): a new password, typed twice, under Camunda's password policy. */
@Controller
class PasswordSetPage {

    static final String PATH = "/password/set";

    private final Passwords passwords;
    private final PasswordRules rules;
    private final FormToken tokens;

    PasswordSetPage(Passwords passwords, PasswordRules rules, FormToken tokens) {
        this.passwords = passwords;
        this.rules = rules;
        this.tokens = tokens;
    }

    @GetMapping(PATH)
    String form(@RequestParam(defaultValue = "") String token, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        return passwords.holder(token)
                .map(person -> form(person, token, List.of(), request, model))
                .orElseGet(() -> closed(response));
    }

    @PostMapping(PATH)
    String set(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
               @RequestParam(defaultValue = "") String repeat, HttpServletRequest request, HttpServletResponse response,
               Model model) {
        try {
            List<String> broken = passwords.set(token, password, repeat);
            if (broken.isEmpty()) {
                return "redirect:/login?password-set";
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(passwords.holder(token).orElseThrow(), token, broken, request, model);
        } catch (Passwords.LinkClosed e) {
            return closed(response);
        }
    }

    private String form(Person person, String token, List<String> broken, HttpServletRequest request, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("token", token);
        model.addAttribute("broken", broken);
        model.addAttribute("rules", rules.summary());
        model.addAttribute("formToken", tokens.of(request.getSession()));
        return "pages/password-set";
    }

    /** Used, expired, voided or unknown alike: the person is told the way on, not which it was. */
    private static String closed(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "pages/password-link-closed";
    }
}
