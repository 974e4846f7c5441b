package org.sovet.notify;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mails the SMTP server has accepted, by key. Recorded in a transaction of its own: the job that
 * sent the mail may still roll back (an optimistic-locking conflict completing the multi-instance, a
 * crash), and its retry must find the mail already sent.
 */
@Repository
class SentMail {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SentMail(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean sent(MailKey key) {
        return jdbc.sql("select count(*) from sent_mail where mail_key = ?").param(key.value()).query(Integer.class).single() > 0;
    }

    /** Which of the keys were sent: one query for a mailing's recipients. */
    Set<MailKey> sentOf(Collection<MailKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select mail_key from sent_mail where mail_key in (:keys)")
                .param("keys", keys.stream().map(MailKey::value).toList()).query((rs, row) -> new MailKey(rs.getString(1))).list());
    }

    void record(MailKey key, String recipient) {
        ownTransaction.executeWithoutResult(status -> {
            try {
                jdbc.sql("insert into sent_mail (mail_key, recipient, sent_at) values (?, ?, ?)")
                        .params(key.value(), recipient, OffsetDateTime.now(clock)).update();
            } catch (DuplicateKeyException alreadyRecorded) {
                // a second node ran the same job after its lock expired: the first record stands
                status.setRollbackOnly();
            }
        });
    }
}
