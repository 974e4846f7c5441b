package org.sovet.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whom a failing mailing job could not mail on its last try. Recorded in a transaction of its own: the
 * job's own rolls back with the failure, and the page of failed notifications must still name them.
 */
@Repository
class UnsentMail {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    UnsentMail(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Replaces what an earlier try of the job left. */
    void record(String jobId, Collection<String> recipientIds) {
        ownTransaction.executeWithoutResult(status -> {
            forget(jobId);
            recipientIds.forEach(recipient -> jdbc.sql("insert into unsent_mail (job_id, recipient_id) values (?, ?)")
                    .params(jobId, recipient).update());
        });
    }

    void forget(String jobId) {
        jdbc.sql("delete from unsent_mail where job_id = ?").param(jobId).update();
    }

    /** The recipients still unsent, by job. */
    Map<String, List<String>> of(Collection<String> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> byJob = new LinkedHashMap<>();
        jdbc.sql("select job_id, recipient_id from unsent_mail where job_id in (:jobs) order by job_id, recipient_id")
                .param("jobs", jobIds)
                .query((rs, row) -> byJob.computeIfAbsent(rs.getString(1), job -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return byJob;
    }
}
