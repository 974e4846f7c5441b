package org.sovet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Sovet's pages tell the browser to run no foreign code, stay out of frames and sniff nothing; Camunda keeps its own. */
class PageSecurityHeadersTest extends SovetTest {

    @Autowired TestRestTemplate http;

    @Test
    void shouldProtectSovetsOwnPages() {
        SessionClient browser = new SessionClient(http);
        browser.logIn("kolesnikova", "demo", "/");

        for (String page : new String[] {"/login", "/", "/portal/podosinovets", "/assignments", "/no-such-page"}) {
            HttpHeaders headers = browser.get(page).getHeaders();
            assertThat(headers.get("Content-Security-Policy")).as(page).containsExactly(PageSecurityHeaders.POLICY);
            assertThat(headers.get("X-Frame-Options")).as(page).containsExactly("DENY");
            assertThat(headers.get("X-Content-Type-Options")).as(page).containsExactly("nosniff");
            assertThat(headers.get("Referrer-Policy")).as(page).containsExactly("same-origin");
        }
        assertThat(PageSecurityHeaders.POLICY).contains("default-src 'none'", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("script-src");
    }

    @Test
    void shouldLeaveCamundasWebappsTheirOwnPolicy() {
        var tasklist = new SessionClient(http).get("/camunda/app/tasklist/default/");

        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasklist.getHeaders().get("Content-Security-Policy")).singleElement().asString()
                .contains("script-src").doesNotContain("default-src 'none'");
        assertThat(tasklist.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
    }
}
