package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The portal's «not found» page, in Russian and with the usual header. */
@ControllerAdvice(assignableTypes = {PortalPage.class, ProtocolCheckPage.class, SubstitutesPage.class})
class PortalErrors {

    private final Viewers viewers;

    PortalErrors(Viewers viewers) {
        this.viewers = viewers;
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("pages/message", HttpStatus.NOT_FOUND);
        page.addObject("title", "Не найдено");
        page.addObject("message", e.getMessage());
        viewers.of(request).ifPresent(viewer -> page.addObject("viewer", viewer));
        return page;
    }
}
