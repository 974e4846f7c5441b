package org.sovet.plan;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sovet.common.RecordRows;
import org.sovet.common.RussianDates;
import org.sovet.config.SovetProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The plan's item «Проведение заседаний … Координационного Совета — 1 раз в квартал» becomes
 * planned meeting dates: the configured day of each month the period names, moved off weekends.
 */
@Service
public class PlannedMeetings {

    private static final Pattern COUNCIL_MEETING = Pattern.compile("(?iuU)заседани.*(совет|\\bкс\\b)");

    private final JdbcClient jdbc;
    private final int dayOfMonth;

    PlannedMeetings(JdbcClient jdbc, SovetProperties properties) {
        this.jdbc = jdbc;
        this.dayOfMonth = properties.plan().meetingDayOfMonth();
    }

    List<LocalDate> datesFor(int year, PlanContent plan) {
        List<LocalDate> dates = new ArrayList<>();
        for (PlanContent.Section section : plan.sections()) {
            for (PlanContent.Item item : section.items()) {
                if (item.what() != null && COUNCIL_MEETING.matcher(item.what()).find()) {
                    for (Month month : PlanPeriod.months(item.period())) {
                        LocalDate date = weekday(LocalDate.of(year, month, Math.min(dayOfMonth, month.length(false))));
                        if (!dates.contains(date)) {
                            dates.add(date);
                        }
                    }
                }
            }
        }
        dates.sort(null);
        return dates;
    }

    void record(String clusterId, long planId, List<LocalDate> dates) {
        for (LocalDate date : dates) {
            String month = date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RussianDates.RUSSIAN).toLowerCase(Locale.ROOT);
            jdbc.sql("insert into planned_meeting (cluster_id, plan_id, planned_date, label, status) values (?, ?, ?, ?, 'PLANNED')")
                    .params(clusterId, planId, date, "Заседание Координационного Совета (" + month + " " + date.getYear() + ")")
                    .update();
        }
    }

    /** Links the planned meeting to a scheduled one, so it is not offered again. */
    public void markScheduled(long plannedMeetingId) {
        jdbc.sql("update planned_meeting set status = 'SCHEDULED' where id = ?").param(plannedMeetingId).update();
    }

    /** Binds the planned meeting to its process «Заседание по плану», which finds it by this, never by a variable. */
    public void bind(long plannedMeetingId, String processInstanceId) {
        jdbc.sql("update planned_meeting set process_instance_id = ? where id = ?").params(processInstanceId, plannedMeetingId).update();
    }

    public Optional<PlannedMeeting> ofProcess(String processInstanceId) {
        return jdbc.sql("select id, cluster_id, plan_id, planned_date, label, status from planned_meeting where process_instance_id = ?")
                .param(processInstanceId).query(RecordRows.of(PlannedMeeting.class)).optional();
    }

    /** The planned meetings of a cluster, soonest first. */
    public List<PlannedMeeting> ofCluster(String clusterId) {
        return jdbc.sql("select id, cluster_id, plan_id, planned_date, label, status from planned_meeting"
                        + " where cluster_id = ? order by planned_date")
                .param(clusterId).query(RecordRows.of(PlannedMeeting.class)).list();
    }

    /** The meetings one plan lists, soonest first: by the plan's index, not every plan of the cluster. */
    public List<PlannedMeeting> ofPlan(long planId) {
        return jdbc.sql("select id, cluster_id, plan_id, planned_date, label, status from planned_meeting"
                        + " where plan_id = ? order by planned_date")
                .param(planId).query(RecordRows.of(PlannedMeeting.class)).list();
    }

    private static LocalDate weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }
}
