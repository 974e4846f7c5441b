package org.sovet.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page that fails, as a bug would: what a person sees of a server error (ErrorPagesTest). */
@Controller
class FailingPage {

    static final String PATH = "/test/failing-page";
    static final String DETAIL = "IllegalStateException: broken on purpose";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(DETAIL);
    }
}
