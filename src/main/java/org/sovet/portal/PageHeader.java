package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Gives every page that shows the shared header (pages/header.html) its viewer. */
class PageHeader implements HandlerInterceptor {

    private final Viewers viewers;

    PageHeader(Viewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page != null && page.getViewName() != null && !page.getViewName().startsWith("redirect:")) {
            viewers.of(request).ifPresent(viewer -> page.addObject("viewer", viewer));
        }
    }
}
