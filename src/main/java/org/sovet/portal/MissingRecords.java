package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.sovet.common.DocumentPreparing;
import org.sovet.common.RecordNotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * A missing document (a protocol, a plan, a history) answers a browser with the portal's Russian page
 * in its frame, and an API client, which does not ask for HTML, with JSON carrying the same words; so does one
 * still being rendered.
 */
@ControllerAdvice
class MissingRecords {

    private static final String RETRY_AFTER_SECONDS = "10";

    private final Viewers viewers;

    MissingRecords(Viewers viewers) {
        this.viewers = viewers;
    }

    @ExceptionHandler(RecordNotFound.class)
    ModelAndView missing(RecordNotFound e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, "Не найдено", e.getMessage(), request);
    }

    /** Not there yet but coming: 503 with Retry-After, so neither a person nor a client takes it for gone or broken. */
    @ExceptionHandler(DocumentPreparing.class)
    ModelAndView preparing(DocumentPreparing e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return answer(HttpStatus.SERVICE_UNAVAILABLE, "Документ готовится", e.getMessage(), request);
    }

    private ModelAndView answer(HttpStatus status, String title, String message, HttpServletRequest request) {
        if (!asksForHtml(request)) {
            ModelAndView json = new ModelAndView(new MappingJackson2JsonView(),
                    Map.<String, Object>of("status", status.value(), "message", message));
            json.setStatus(status);
            return json;
        }
        ModelAndView page = new ModelAndView("pages/message", status);
        page.addObject("title", title);
        page.addObject("message", message);
        viewers.of(request).ifPresent(viewer -> page.addObject("viewer", viewer));
        return page;
    }

    /** As Spring Boot's error controller decides: HTML named in Accept, not merely allowed by a wildcard. */
    private static boolean asksForHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> !type.isWildcardType() && type.includes(MediaType.TEXT_HTML));
        } catch (org.springframework.util.InvalidMimeTypeException | org.springframework.http.InvalidMediaTypeException bad) {
            return false;
        }
    }
}
