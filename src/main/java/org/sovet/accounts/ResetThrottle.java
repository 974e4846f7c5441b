package org.sovet.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many «Забыли пароль?» requests an account and a client address may make in an hour, counted in
 * the database (password_request) so every node counts the same: the form must not become a way to
 * flood someone's mailbox, nor to try thousands of names from one place.
 */
@Component
class ResetThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    /** Reset mails an account may be sent in {@link #WINDOW}. */
    static final int PER_ACCOUNT = 3;
    /** Higher: a school's whole staff may reach us from one address. */
    static final int PER_ADDRESS = 20;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ResetThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // a request counts even when the one that made it fails afterwards
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Counts a request from this address; false once the address has made too many this hour. */
    boolean addressMay(String address) {
        return take("address:" + address, PER_ADDRESS);
    }

    /** Counts a reset mail for this account; false once it has had enough this hour. */
    boolean accountMay(String account) {
        return take("account:" + account.trim().toLowerCase(Locale.ROOT), PER_ACCOUNT);
    }

    private boolean take(String key, int limit) {
        Boolean taken = ownTransaction.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("delete from password_request where requested_at <= ?").param(now.minus(WINDOW)).update();
            int recent = jdbc.sql("select count(*) from password_request where request_key = ?").param(key).query(Integer.class).single();
            if (recent >= limit) {
                return false;
            }
            jdbc.sql("insert into password_request (request_key, requested_at) values (?, ?)").params(key, now).update();
            return true;
        });
        return Boolean.TRUE.equals(taken);
    }
}
