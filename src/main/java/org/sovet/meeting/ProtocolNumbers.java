package org.sovet.meeting;

import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives protocol numbers in sequence per council and numbering period, never twice: the counter
 * row is incremented in place, which locks it until the meeting's transaction ends, so a second
 * scheduling waits and takes the next number; meeting also has a unique constraint.
 */
@Component
class ProtocolNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    ProtocolNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // a failed insert must not abort the meeting's transaction (PostgreSQL would): it runs behind a savepoint
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** «2023», or the academic year «2023-2024» that starts on 1 September. */
    static String period(LocalDate date, boolean academicYear) {
        if (!academicYear) {
            return String.valueOf(date.getYear());
        }
        int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return start + "-" + (start + 1);
    }

    int next(String clusterId, String period) {
        if (increment(clusterId, period) == 0) {
            try {
                savepoint.executeWithoutResult(status -> jdbc.sql(
                        "insert into protocol_counter (cluster_id, period, last_number) values (?, ?, 1)")
                        .params(clusterId, period).update());
                return 1;
            } catch (DuplicateKeyException concurrentFirst) {
                // another meeting opened the period at the same moment: its row now exists
                increment(clusterId, period);
            }
        }
        return jdbc.sql("select last_number from protocol_counter where cluster_id = ? and period = ?")
                .params(clusterId, period).query(Integer.class).single();
    }

    private int increment(String clusterId, String period) {
        return jdbc.sql("update protocol_counter set last_number = last_number + 1 where cluster_id = ? and period = ?")
                .params(clusterId, period).update();
    }
}
