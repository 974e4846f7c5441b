package org.sovet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Assignments as the pages show them: filtered, overdue first, and counted per organization. */
@Component
public class AssignmentBoard {

    private final JdbcClient jdbc;
    private final Clock clock;

    AssignmentBoard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The clusters' assignments in the given state (any when blank) whose text or owner contains the text. */
    public List<AssignmentRow> rows(List<String> clusterIds, String status, String text) {
        if (clusterIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", clusterIds.stream().map(c -> "?").toList());
        List<Object> params = new ArrayList<>(clusterIds);
        List<AssignmentRow> rows = jdbc.sql("select a.*, m.protocol_number, c.name as cluster_name, c.time_zone from assignment a"
                        + " join meeting m on m.id = a.meeting_id join cluster c on c.id = a.cluster_id where a.cluster_id in (" + in + ")")
                .params(params)
                .query((rs, n) -> {
                    // a due date is a day of the council's own calendar
                    ZoneId zone = ZoneId.of(rs.getString("time_zone"));
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new AssignmentRow(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("cluster_id"), rs.getString("cluster_name"),
                            rs.getInt("protocol_number"), rs.getString("text"), rs.getString("owner"), due, rs.getString("due_text"),
                            rs.getString("status"), rs.getBoolean("overdue") || late(rs.getString("status"), due, zone),
                            closedOnTime(rs.getObject("closed_at", OffsetDateTime.class), due, zone), rs.getString("controller_id"));
                })
                .list();
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> status == null || status.isBlank() || status.equals(r.state()))
                .filter(r -> needle.isEmpty() || (r.text() + " " + r.owner()).toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing((AssignmentRow r) -> !"OVERDUE".equals(r.state())).thenComparing(AssignmentRow::dueDate))
                .toList();
    }

    /** On time, late and open per organization, for the chart. */
    Map<String, int[]> perOrganization(List<AssignmentRow> rows) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(AssignmentRow::owner)).forEach(r -> {
            int[] c = counts.computeIfAbsent(r.owner(), k -> new int[3]);
            switch (r.state()) {
                case "DONE" -> c[r.onTime() ? 0 : 1]++;
                case "OVERDUE" -> c[1]++;
                default -> c[2]++;
            }
        });
        return counts;
    }

    private boolean late(String status, LocalDate due, ZoneId zone) {
        return !"DONE".equals(status) && due.isBefore(LocalDate.now(clock.withZone(zone)));
    }

    private static boolean closedOnTime(OffsetDateTime closed, LocalDate due, ZoneId zone) {
        return closed != null && !closed.atZoneSameInstant(zone).toLocalDate().isAfter(due);
    }
}
