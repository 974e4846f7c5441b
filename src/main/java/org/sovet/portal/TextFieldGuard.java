package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A field of the pages' forms (a reason, a name, a file's name) never holds control characters: no
 * keyboard types them, and a NUL or an escape in a record or a document is a forgery or a broken tool.
 */
class TextFieldGuard implements HandlerInterceptor {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        Stream<String> fileNames = request instanceof MultipartHttpServletRequest multipart
                ? multipart.getFileMap().values().stream().map(file -> String.valueOf(file.getOriginalFilename())) : Stream.empty();
        boolean control = Stream.concat(request.getParameterMap().values().stream().flatMap(Stream::of), fileNames)
                .anyMatch(text -> CONTROL.matcher(text).find());
        if (control) {
            throw new ControlCharacters();
        }
        return true;
    }

    /** Answered with a Russian page by {@link RequestErrors}. */
    static final class ControlCharacters extends RuntimeException {
        ControlCharacters() {
            super("control characters in a form field");
        }
    }
}
