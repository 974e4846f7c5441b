package org.sovet.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking anyone out for good. Failures are counted per account
 * and per client address; past a few, the next attempt waits a delay that doubles with every further
 * failure, up to {@link #MAX_DELAY}; the count forgets one failure every {@link #FORGIVEN_EVERY}, so
 * mistakes spread over time never add up. Unlike Camunda's own login delay (which ends in a permanent
 * lock after loginMaxAttempts), nothing here outlasts {@link #MAX_DELAY}. Used by every place that
 * checks a password: ask {@link #refusal} first, then report {@link #failed} or {@link #succeeded}.
 * Kept in memory: a restart forgets, which is fine for a delay.
 */
@Component
public class LoginThrottle {

    public static final int FREE_PER_ACCOUNT = 5;
    /** Higher: a school's whole staff may reach us from one address. */
    public static final int FREE_PER_ADDRESS = 20;
    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration FORGIVEN_EVERY = Duration.ofMinutes(10);
    /** The request attribute under which a refused check leaves its wait (a {@link Duration}) for the answer. */
    public static final String REFUSED = LoginThrottle.class.getName() + ".refused";

    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account from this address must wait before its password is checked; empty: check now. */
    public synchronized Optional<Duration> refusal(String account, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {accountKey(account), addressKey(address)}) {
            Failures f = failures.get(key);
            if (f != null && f.blockedUntil.isAfter(now) && Duration.between(now, f.blockedUntil).compareTo(wait) > 0) {
                wait = Duration.between(now, f.blockedUntil);
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(f -> f.forgotten(now));
        }
        record(accountKey(account), FREE_PER_ACCOUNT, now);
        record(addressKey(address), FREE_PER_ADDRESS, now);
    }

    /** The right password: the account's failures are forgotten (the address's are not: one good login must not excuse a hundred guesses). */
    public synchronized void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    /** Forgets every failure, as a restart does. */
    public synchronized void clear() {
        failures.clear();
    }

    /** «Слишком много неудачных попыток входа. Повторите через 3 мин.», rounded up to a whole minute. */
    public static String message(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Слишком много неудачных попыток входа. Повторите через " + minutes + " мин.";
    }

    private void record(String key, int free, Instant now) {
        Failures f = failures.computeIfAbsent(key, k -> new Failures());
        f.count = f.remembered(now) + 1;
        f.last = now;
        // rounded up: a failure soon after a wait counts in full, so the next delay is longer, not the same again
        int beyond = (int) Math.ceil(f.count) - free;
        if (beyond >= 0) {
            Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyond, 20));
            f.blockedUntil = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        }
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Failures {
        double count;
        Instant last = Instant.EPOCH;
        Instant blockedUntil = Instant.EPOCH;

        /** The failures still remembered now: one fewer for every FORGIVEN_EVERY since the last. */
        double remembered(Instant now) {
            double forgiven = (double) Duration.between(last, now).toMillis() / FORGIVEN_EVERY.toMillis();
            return Math.max(0, count - Math.max(0, forgiven));
        }

        boolean forgotten(Instant now) {
            return remembered(now) < 1 && !blockedUntil.isAfter(now);
        }
    }
}
