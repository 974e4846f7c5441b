package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests the pages' forms never send as such — a file over the limit, a form without its fields or
 * without its token — answer a Russian page with the usual header instead of Spring's or Tomcat's English one. The
 * upload limit is checked before any controller is chosen, hence an advice for all of them.
 */
@ControllerAdvice
class RequestErrors {

    private final Viewers viewers;

    RequestErrors(Viewers viewers) {
        this.viewers = viewers;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return page(request, HttpStatus.PAYLOAD_TOO_LARGE, "Файл слишком большой",
                "Загружаются файлы до 20 МБ. Уменьшите файл (например, сохраните скан с меньшим разрешением) или разделите его на части.");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ModelAndView incomplete(HttpServletRequest request) {
        return page(request, HttpStatus.BAD_REQUEST, "Форма заполнена не полностью",
                "В отправленной форме не хватает полей. Вернитесь на страницу, обновите её и отправьте форму ещё раз.");
    }

    @ExceptionHandler(TextFieldGuard.Refused.class)
    ModelAndView controlCharacters(HttpServletRequest request) {
        return page(request, HttpStatus.BAD_REQUEST, "Недопустимые символы",
                "В тексте формы есть управляющие символы, которые нельзя сохранить. Наберите текст заново, без вставки из другой программы.");
    }

    @ExceptionHandler(FormPostGuard.Refused.class)
    ModelAndView staleForm(HttpServletRequest request) {
        return page(request, HttpStatus.FORBIDDEN, "Форма не принята",
                "Форма устарела или отправлена не со страницы Совета. Обновите страницу и повторите.");
    }

    /** Tomcat refuses a file name with a NUL itself, before any interceptor sees it; other broken uploads alike. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView brokenUpload(MultipartException e, HttpServletRequest request) {
        return NestedExceptionUtils.getRootCause(e) instanceof InvalidFileNameException
                ? controlCharacters(request)
                : page(request, HttpStatus.BAD_REQUEST, "Файл не принят",
                        "Форма с файлом пришла повреждённой. Обновите страницу и загрузите файл ещё раз.");
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String title, String message) {
        ModelAndView page = new ModelAndView("pages/message", status);
        page.addObject("title", title);
        page.addObject("message", message);
        viewers.of(request).ifPresent(viewer -> page.addObject("viewer", viewer));
        return page;
    }
}
