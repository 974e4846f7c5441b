package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error a browser reaches (an unknown address, also under /camunda/, a forbidden page, a wrong
 * method, a failure) is a Russian page with the usual header, in place of Spring's «Whitelabel» one.
 * Spring Boot's error controller asks this only for clients that accept HTML; the others keep its JSON.
 * The exception's own text is never shown (it is English and tells too much), except the reason of
 * a ResponseStatusException, which Sovet's own controllers write for people.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final Viewers viewers;
    private final ErrorAttributes errors;

    ErrorPages(Viewers viewers, ErrorAttributes errors) {
        this.viewers = viewers;
        this.errors = errors;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ModelAndView page = new ModelAndView("pages/message", status);
        page.addObject("title", title(status));
        page.addObject("message", reason(request).orElseGet(() -> message(status)));
        viewers.of(request).ifPresent(viewer -> page.addObject("viewer", viewer));
        return page;
    }

    private Optional<String> reason(HttpServletRequest request) {
        return errors.getError(new ServletWebRequest(request)) instanceof ResponseStatusException e && e.getReason() != null
                ? Optional.of(e.getReason()) : Optional.empty();
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Страница не найдена";
            case FORBIDDEN -> "Недостаточно прав";
            case UNAUTHORIZED -> "Нужно войти в систему";
            case METHOD_NOT_ALLOWED -> "Так этот адрес не открывается";
            default -> status.is5xxServerError() ? "Ошибка на сервере" : "Запрос не выполнен";
        };
    }

    private static String message(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Такой страницы нет. Проверьте адрес или начните с архива Совета.";
            case FORBIDDEN -> "У вас нет прав открыть эту страницу или выполнить это действие.";
            case UNAUTHORIZED -> "Войдите в систему и повторите.";
            case METHOD_NOT_ALLOWED -> "Это действие выполняется кнопкой на странице Совета, а не переходом по ссылке. Вернитесь на страницу и воспользуйтесь её кнопкой.";
            default -> status.is5xxServerError()
                    ? "Не удалось выполнить запрос. Повторите позже; если ошибка повторяется, сообщите администратору Совета время, когда она случилась."
                    : "Сервер не смог выполнить запрос. Вернитесь на страницу и повторите.";
        };
    }
}
