package org.sovet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Guessing slows down, a person who mistypes now and then never notices, and nobody is locked out for good;
 * every node counts the same failures.
 */
class LoginThrottleTest extends SovetTest {

    private static final String HOME = "10.0.0.7";
    private static final String SCHOOL = "10.0.0.8";

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private final MovingClock clock = new MovingClock();
    private LoginThrottle throttle;

    @BeforeEach
    void throttleOnTheTestsClock() {
        throttle = new LoginThrottle(clock, jdbc, transactions);
    }

    @Test
    void shouldMakeEveryNodeWaitAfterFailuresOnAnother() {
        LoginThrottle otherNode = new LoginThrottle(clock, jdbc, transactions);
        fail("gerasimov", HOME, 3);
        for (int i = 0; i < 2; i++) {
            otherNode.failed("gerasimov", SCHOOL);
        }

        assertThat(otherNode.refusal("gerasimov", SCHOOL)).as("five failures across two nodes").contains(Duration.ofMinutes(1));
        assertThat(throttle.refusal("gerasimov", HOME)).contains(Duration.ofMinutes(1));
        otherNode.succeeded("gerasimov");
        assertThat(throttle.refusal("gerasimov", HOME)).isEmpty();
    }

    @Test
    void shouldMakeTheNextAttemptWaitAfterFiveFailuresLongerWithEachFurtherOne() {
        fail("gerasimov", HOME, 5);
        assertThat(throttle.refusal("gerasimov", HOME)).contains(Duration.ofMinutes(1));
        assertThat(throttle.refusal("Gerasimov ", SCHOOL)).as("the account waits from any address").contains(Duration.ofMinutes(1));

        clock.move(Duration.ofMinutes(1));
        assertThat(throttle.refusal("gerasimov", HOME)).isEmpty();
        throttle.failed("gerasimov", HOME);
        assertThat(throttle.refusal("gerasimov", HOME)).contains(Duration.ofMinutes(2));

        clock.move(Duration.ofMinutes(2));
        throttle.failed("gerasimov", HOME);
        assertThat(throttle.refusal("gerasimov", HOME)).contains(Duration.ofMinutes(4));
    }

    @Test
    void shouldNeverMakeAnyoneWaitLongerThanFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.refusal("gerasimov", HOME).ifPresent(clock::move);
            throttle.failed("gerasimov", HOME);
        }

        assertThat(throttle.refusal("gerasimov", HOME)).hasValueSatisfying(wait -> assertThat(wait).isEqualTo(LoginThrottle.MAX_DELAY));
        clock.move(LoginThrottle.MAX_DELAY);
        assertThat(throttle.refusal("gerasimov", HOME)).as("the right password may be tried again").isEmpty();
        throttle.succeeded("gerasimov");
        assertThat(throttle.refusal("gerasimov", HOME)).isEmpty();
    }

    @Test
    void shouldForgetMistakesSpreadOverTime() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.refusal("kuzmin", HOME)).as("try " + (i + 1)).isEmpty();
            throttle.failed("kuzmin", HOME);
            clock.move(Duration.ofMinutes(15));
        }

        clock.move(Duration.ofHours(1));
        fail("kuzmin", HOME, 4);
        assertThat(throttle.refusal("kuzmin", HOME)).as("an hour later four fresh mistakes are free again").isEmpty();
    }

    @Test
    void shouldSlowDownOneAddressTryingManyAccountsWithoutTouchingOthers() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("guess" + i, HOME);
        }

        assertThat(throttle.refusal("melnikova", HOME)).contains(Duration.ofMinutes(1));
        assertThat(throttle.refusal("melnikova", SCHOOL)).isEmpty();
        throttle.succeeded("melnikova");
        assertThat(throttle.refusal("guess0", HOME)).as("a good login elsewhere does not excuse the address").isPresent();
    }

    @Test
    void shouldTellInRussianHowManyMinutesToWait() {
        assertThat(LoginThrottle.message(Duration.ofSeconds(61)))
                .isEqualTo("Слишком много неудачных попыток входа. Повторите через 2 мин.");
        assertThat(LoginThrottle.message(Duration.ofSeconds(5))).endsWith("через 1 мин.");
        assertThat(LoginThrottle.message(Duration.ofMinutes(15))).endsWith("через 15 мин.");
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    /** A clock the test moves; nothing sleeps. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2024-03-01T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
