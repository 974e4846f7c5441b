package org.sovet.meeting;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives protocol numbers in sequence per council and numbering period, never twice: the
 * counter row is locked while a number is taken, and meeting has a unique constraint.
 */
@Component
class ProtocolNumbers {

    private final JdbcClient jdbc;

    ProtocolNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        Integer last = jdbc.sql("select last_number from protocol_counter where cluster_id = ? and period = ? for update")
                .params(clusterId, period).query(Integer.class).optional().orElse(null);
        if (last == null) {
            jdbc.sql("insert into protocol_counter (cluster_id, period, last_number) values (?, ?, 1)")
                    .params(clusterId, period).update();
            return 1;
        }
        jdbc.sql("update protocol_counter set last_number = ? where cluster_id = ? and period = ?")
                .params(last + 1, clusterId, period).update();
        return last + 1;
    }
}
