package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sovet.accounts.PasswordResets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * «Забыли пароль?» (no login): a login or an e-mail address in, the same answer out whether or not such
 * an account exists; the link goes by mail to the account's own address.
 */
@Controller
class ForgotPasswordPage {

    static final String PATH = "/password/forgot";

    private final PasswordResets resets;
    private final FormToken tokens;

    ForgotPasswordPage(PasswordResets resets, FormToken tokens) {
        this.resets = resets;
        this.tokens = tokens;
    }

    @GetMapping(PATH)
    String form(HttpServletRequest request, Model model) {
        model.addAttribute("formToken", tokens.of(request.getSession()));
        return "pages/password-forgot";
    }

    @PostMapping(PATH)
    String request(@RequestParam(defaultValue = "") String login, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        model.addAttribute("formToken", tokens.of(request.getSession()));
        if (!resets.request(login, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("error", "Слишком много запросов с вашего адреса. Повторите через час.");
            return "pages/password-forgot";
        }
        model.addAttribute("requested", true);
        return "pages/password-forgot";
    }
}
