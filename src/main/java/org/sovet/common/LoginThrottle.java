package org.sovet.common;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without locking anyone out for good. Failures are counted per account
 * and per client address; past a few, the next attempt waits a delay that doubles with every further
 * failure, up to {@link #MAX_DELAY}; the count forgets one failure every {@link #FORGIVEN_EVERY}, so
 * mistakes spread over time never add up. Unlike Camunda's own login delay (which ends in a permanent
 * lock after loginMaxAttempts), nothing here outlasts {@link #MAX_DELAY}. Used by every place that
 * checks a password: ask {@link #refusal} first, then report {@link #failed} or {@link #succeeded}.
 * The counts are in the database (login_failure), so every node of a cluster counts the same failures.
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

    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    LoginThrottle(Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.clock = clock;
        this.jdbc = jdbc;
        // a failure counts even when the request that reports it rolls back
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long this account from this address must wait before its password is checked; empty: check now. */
    public Optional<Duration> refusal(String account, String address) {
        long now = clock.millis();
        Long until = jdbc.sql("select max(blocked_until) from login_failure where failure_key in (?, ?)")
                .params(accountKey(account), addressKey(address)).query(Long.class).optional().orElse(null);
        return until == null || until <= now ? Optional.empty() : Optional.of(Duration.ofMillis(until - now));
    }

    public void failed(String account, String address) {
        long now = clock.millis();
        record(accountKey(account), FREE_PER_ACCOUNT, now);
        record(addressKey(address), FREE_PER_ADDRESS, now);
        // rows that remember less than one failure and block nobody say nothing any more
        jdbc.sql("delete from login_failure where blocked_until <= ? and failures - cast(? - last_failure as double precision) / ? < 1")
                .params(now, now, FORGIVEN_EVERY.toMillis()).update();
    }

    /** The right password: the account's failures are forgotten (the address's are not: one good login must not excuse a hundred guesses). */
    public void succeeded(String account) {
        jdbc.sql("delete from login_failure where failure_key = ?").param(accountKey(account)).update();
    }

    /** Forgets every failure. */
    public void clear() {
        jdbc.sql("delete from login_failure").update();
    }

    /** «Слишком много неудачных попыток входа. Повторите через 3 мин.», rounded up to a whole minute. */
    public static String message(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Слишком много неудачных попыток входа. Повторите через " + minutes + " мин.";
    }

    private void record(String key, int free, long now) {
        try {
            ownTransaction.executeWithoutResult(status -> count(key, free, now));
        } catch (DuplicateKeyException e) {
            // another node wrote this key's first failure at the same moment: count on its row
            ownTransaction.executeWithoutResult(status -> count(key, free, now));
        }
    }

    private void count(String key, int free, long now) {
        Optional<Failures> stored = jdbc.sql("select failures, last_failure, blocked_until from login_failure where failure_key = ? for update")
                .param(key).query((rs, row) -> new Failures(rs.getDouble(1), rs.getLong(2), rs.getLong(3))).optional();
        Failures next = stored.orElse(Failures.NONE).withOneMore(now, free);
        if (stored.isPresent()) {
            jdbc.sql("update login_failure set failures = ?, last_failure = ?, blocked_until = ? where failure_key = ?")
                    .params(next.count(), next.last(), next.blockedUntil(), key).update();
        } else {
            jdbc.sql("insert into login_failure (failure_key, failures, last_failure, blocked_until) values (?, ?, ?, ?)")
                    .params(key, next.count(), next.last(), next.blockedUntil()).update();
        }
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** A key's failures: how many are remembered as of {@code last}, and until when it waits. */
    private record Failures(double count, long last, long blockedUntil) {

        static final Failures NONE = new Failures(0, 0, 0);

        Failures withOneMore(long now, int free) {
            double forgiven = (double) (now - last) / FORGIVEN_EVERY.toMillis();
            double count = Math.max(0, this.count - Math.max(0, forgiven)) + 1;
            // rounded up: a failure soon after a wait counts in full, so the next delay is longer, not the same again
            int beyond = (int) Math.ceil(count) - free;
            long until = blockedUntil;
            if (beyond >= 0) {
                Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyond, 20));
                until = now + (delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay).toMillis();
            }
            return new Failures(count, now, until);
        }
    }
}
