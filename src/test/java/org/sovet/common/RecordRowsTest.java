package org.sovet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows become records by their snake_case columns, without a single failed column lookup. */
class RecordRowsTest {

    record Meeting(long id, String clusterId, LocalDate plannedDate, boolean anchor, String sha256, Integer minutes) {}

    @Test
    void shouldMapSnakeCaseColumnsWithoutAskingForAColumnThatIsNotThere() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:record-rows");
                ResultSet rows = connection.createStatement().executeQuery("select 7 as id, 'oparino' as cluster_id,"
                        + " date '2026-12-18' as planned_date, true as anchor, 'abc' as sha256, null as minutes")) {
            List<String> misses = new ArrayList<>();
            ResultSet watched = watched(rows, misses);
            watched.next();

            Meeting meeting = RecordRows.of(Meeting.class).mapRow(watched, 0);

            assertThat(meeting).isEqualTo(new Meeting(7, "oparino", LocalDate.of(2026, 12, 18), true, "abc", null));
            assertThat(misses).as("column lookups the database answered with an error").isEmpty();
        }
    }

    @Test
    void shouldNameColumnsInSnakeCase() {
        assertThat(RecordRows.snakeCase("areaGenitive")).isEqualTo("area_genitive");
        assertThat(RecordRows.snakeCase("id")).isEqualTo("id");
        assertThat(RecordRows.snakeCase("sha256")).isEqualTo("sha256");
    }

    /** The result set, noting every lookup that failed (H2 traces each such failure to its file). */
    private static ResultSet watched(ResultSet rows, List<String> misses) {
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(rows, args);
                    } catch (InvocationTargetException e) {
                        if (method.getName().equals("findColumn")) {
                            misses.add((String) args[0]);
                        }
                        throw e.getCause();
                    }
                });
    }
}
