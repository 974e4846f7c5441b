package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Wrong passwords slow an attacker down, a minute at most, and never lock the member out for good. */
class LoginThrottlingTest extends SovetTest {

    private static final String MEMBER = "belyaev";

    @Autowired TestRestTemplate http;
    @Autowired TestClock clock;

    @AfterEach
    void unlocked() {
        engine.getIdentityService().unlockUser(MEMBER);
    }

    @Test
    void shouldDelayLoginsAfterWrongPasswordsButLetTheRightOneInAfterAMinute() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            if (attempt > 1) {
                // the next guess comes once the delay is over, so every one of them counts
                clock.advance(Duration.ofMinutes(1));
            }
            assertThat(status("wrong-" + attempt)).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        clock.advance(Duration.ofSeconds(30));
        assertThat(status("demo")).as("still delayed, even with the right password").isEqualTo(HttpStatus.UNAUTHORIZED);
        clock.advance(Duration.ofSeconds(31));
        assertThat(status("demo")).as("no permanent lock after ten wrong passwords").isEqualTo(HttpStatus.OK);
    }

    private HttpStatus status(String password) {
        return HttpStatus.valueOf(http.withBasicAuth(MEMBER, password).getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value());
    }
}
