package org.sovet.meeting;

import java.time.LocalDate;
import org.sovet.common.InputRejectedException;
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

    /** The next number in sequence, or the one the secretary asks for if it is above every number given in the period. */
    int take(String clusterId, String period, Integer requested) {
        return requested == null ? next(clusterId, period) : requested(clusterId, period, requested);
    }

    int next(String clusterId, String period) {
        if (increment(clusterId, period) == 0 && !open(clusterId, period, 1)) {
            // another meeting opened the period at the same moment: its row now exists
            increment(clusterId, period);
        }
        return last(clusterId, period);
    }

    /**
     * A council moving to Sovet mid-year continues its own numbering (its fourth meeting is № 4): the
     * counter jumps to the number, which must lie above every number given, so none is given twice.
     */
    private int requested(String clusterId, String period, int number) {
        if (raise(clusterId, period, number) == 0 && !open(clusterId, period, number) && raise(clusterId, period, number) == 0) {
            int last = last(clusterId, period);
            throw new InputRejectedException("Номер протокола " + number + " присвоить нельзя: " + inPeriod(period)
                    + " выдан № " + last + ". Укажите номер больше " + last + " или оставьте поле пустым.");
        }
        return number;
    }

    /** Gives a cancelled meeting's number back, if no later number has been given in its period. */
    boolean release(String clusterId, String period, int number) {
        return jdbc.sql("update protocol_counter set last_number = last_number - 1 where cluster_id = ? and period = ? and last_number = ?")
                .params(clusterId, period, number).update() == 1;
    }

    private boolean open(String clusterId, String period, int number) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(
                    "insert into protocol_counter (cluster_id, period, last_number) values (?, ?, ?)")
                    .params(clusterId, period, number).update());
            return true;
        } catch (DuplicateKeyException concurrentFirst) {
            return false;
        }
    }

    private int increment(String clusterId, String period) {
        return jdbc.sql("update protocol_counter set last_number = last_number + 1 where cluster_id = ? and period = ?")
                .params(clusterId, period).update();
    }

    private int raise(String clusterId, String period, int number) {
        return jdbc.sql("update protocol_counter set last_number = ? where cluster_id = ? and period = ? and last_number < ?")
                .params(number, clusterId, period, number).update();
    }

    private int last(String clusterId, String period) {
        return jdbc.sql("select last_number from protocol_counter where cluster_id = ? and period = ?")
                .params(clusterId, period).query(Integer.class).single();
    }

    private static String inPeriod(String period) {
        return period.contains("-") ? "в " + period.replace('-', '/') + " учебном году уже" : "в " + period + " году уже";
    }
}
