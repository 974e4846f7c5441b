package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Stream;
import org.sovet.common.ControlCharacters;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A field of the pages' forms (a reason, a name, a file's name) never holds control characters
 * ({@link ControlCharacters}).
 */
class TextFieldGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        Stream<String> fileNames = request instanceof MultipartHttpServletRequest multipart
                ? multipart.getFileMap().values().stream().map(file -> String.valueOf(file.getOriginalFilename())) : Stream.empty();
        boolean control = Stream.concat(request.getParameterMap().values().stream().flatMap(Stream::of), fileNames)
                .anyMatch(ControlCharacters::in);
        if (control) {
            throw new Refused();
        }
        return true;
    }

    /** Answered with a Russian page by {@link RequestErrors}. */
    static final class Refused extends RuntimeException {
        Refused() {
            super("control characters in a form field");
        }
    }
}
