package org.sovet.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The record of work plans. Every write names the states it may happen in (DRAFT or RETURNED →
 * IN_REVIEW → RETURNED or APPROVED; WITHDRAWN before approval), so an approved plan cannot change
 * even by mistake.
 */
@Repository
class WorkPlanRepository {

    private static final String EDITABLE = " and status in ('DRAFT', 'RETURNED')";

    private final JdbcClient jdbc;

    WorkPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String clusterId, int year, String createdBy, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into work_plan (cluster_id, plan_year, status, created_by, created_at, updated_at)"
                        + " values (?, ?, 'DRAFT', ?, ?, ?)")
                .params(clusterId, year, createdBy, utc(now), utc(now)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Only a new draft gets its process, once: no process is ever pointed at another plan. */
    boolean attachProcess(long planId, String processInstanceId) {
        return jdbc.sql("update work_plan set process_instance_id = ? where id = ? and status = 'DRAFT' and process_instance_id is null")
                .params(processInstanceId, planId).update() == 1;
    }

    Optional<WorkPlan> findByProcess(String processInstanceId) {
        return jdbc.sql("select * from work_plan where process_instance_id = ?").param(processInstanceId)
                .query(WorkPlanRepository::plan).optional();
    }

    Optional<WorkPlan> find(long id) {
        return jdbc.sql("select * from work_plan where id = ?").param(id).query(WorkPlanRepository::plan).optional();
    }

    List<WorkPlan> findByClusterAndYear(String clusterId, int year) {
        return jdbc.sql("select * from work_plan where cluster_id = ? and plan_year = ? order by id")
                .params(clusterId, year).query(WorkPlanRepository::plan).list();
    }

    List<WorkPlan> ofCluster(String clusterId) {
        return jdbc.sql("select * from work_plan where cluster_id = ? order by plan_year desc, id desc")
                .param(clusterId).query(WorkPlanRepository::plan).list();
    }

    Optional<WorkPlan> latestApproved(String clusterId) {
        return jdbc.sql("select * from work_plan where cluster_id = ? and status = 'APPROVED' order by plan_year desc, id desc")
                .param(clusterId).query(WorkPlanRepository::plan).list().stream().findFirst();
    }

    boolean replaceContent(long planId, PlanContent content, Instant now) {
        int updated = jdbc.sql("update work_plan set goal = ?, updated_at = ? where id = ?" + EDITABLE)
                .params(content.goal(), utc(now), planId).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from plan_item where plan_id = ?").param(planId).update();
        jdbc.sql("delete from plan_section where plan_id = ?").param(planId).update();
        jdbc.sql("delete from plan_task where plan_id = ?").param(planId).update();
        for (int t = 0; t < content.tasks().size(); t++) {
            jdbc.sql("insert into plan_task (plan_id, position, text) values (?, ?, ?)")
                    .params(planId, t, content.tasks().get(t).text()).update();
        }
        for (int s = 0; s < content.sections().size(); s++) {
            PlanContent.Section section = content.sections().get(s);
            jdbc.sql("insert into plan_section (plan_id, position, number, title) values (?, ?, ?, ?)")
                    .params(planId, s, section.number(), section.title()).update();
            for (int i = 0; i < section.items().size(); i++) {
                PlanContent.Item item = section.items().get(i);
                jdbc.sql("insert into plan_item (plan_id, section_position, position, number, what, period, responsible, result)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(planId, s, i, item.number(), item.what(), item.period(), item.responsible(), item.result())
                        .update();
            }
        }
        return true;
    }

    PlanContent content(long planId) {
        String goal = jdbc.sql("select goal from work_plan where id = ?").param(planId).query(String.class).optional().orElse("");
        List<PlanContent.Task> tasks = jdbc.sql("select text from plan_task where plan_id = ? order by position")
                .param(planId).query((rs, n) -> new PlanContent.Task(rs.getString(1))).list();
        List<PlanContent.Item> items = new ArrayList<>();
        List<Integer> itemSections = new ArrayList<>();
        jdbc.sql("select * from plan_item where plan_id = ? order by section_position, position").param(planId)
                .query(rs -> {
                    itemSections.add(rs.getInt("section_position"));
                    items.add(new PlanContent.Item(rs.getString("number"), rs.getString("what"), rs.getString("period"),
                            rs.getString("responsible"), rs.getString("result")));
                });
        List<PlanContent.Section> sections = jdbc.sql("select * from plan_section where plan_id = ? order by position")
                .param(planId).query((rs, n) -> {
                    int position = rs.getInt("position");
                    List<PlanContent.Item> own = new ArrayList<>();
                    for (int i = 0; i < items.size(); i++) {
                        if (itemSections.get(i) == position) {
                            own.add(items.get(i));
                        }
                    }
                    return new PlanContent.Section(rs.getString("number"), rs.getString("title"), own);
                }).list();
        return new PlanContent(goal == null ? "" : goal, tasks, sections);
    }

    boolean markSubmitted(long planId, Instant now) {
        return jdbc.sql("update work_plan set status = 'IN_REVIEW', submitted_at = ?, updated_at = ?, review_round = review_round + 1"
                        + " where id = ?" + EDITABLE)
                .params(utc(now), utc(now), planId).update() == 1;
    }

    boolean markReturned(long planId, String reviewer, String remarks, Instant now) {
        boolean returned = jdbc.sql("update work_plan set status = 'RETURNED', updated_at = ? where id = ? and status = 'IN_REVIEW'")
                .params(utc(now), planId).update() == 1;
        if (returned) {
            recordReview(planId, "RETURNED", remarks, reviewer, now);
        }
        return returned;
    }

    boolean markApproved(long planId, String orderNumber, LocalDate orderDate, String approver, boolean acting, Instant now) {
        boolean approved = jdbc.sql("update work_plan set status = 'APPROVED', order_number = ?, order_date = ?, approved_by = ?,"
                        + " approved_acting = ?, approved_at = ?, updated_at = ? where id = ? and status = 'IN_REVIEW'")
                .params(orderNumber, orderDate, approver, acting, utc(now), utc(now), planId).update() == 1;
        if (approved) {
            recordReview(planId, "APPROVED", null, approver, now);
        }
        return approved;
    }

    private void recordReview(long planId, String decision, String remarks, String reviewer, Instant now) {
        int round = find(planId).map(WorkPlan::reviewRound).orElse(0);
        jdbc.sql("insert into plan_review (plan_id, round, decision, remarks, reviewer, decided_at) values (?, ?, ?, ?, ?, ?)")
                .params(planId, round, decision, remarks, reviewer, utc(now)).update();
    }

    void withdraw(long planId, Instant now) {
        jdbc.sql("update work_plan set status = 'WITHDRAWN', updated_at = ? where id = ? and status in ('DRAFT', 'IN_REVIEW', 'RETURNED')")
                .params(utc(now), planId).update();
    }

    List<PlanReview> reviews(long planId) {
        return jdbc.sql("select * from plan_review where plan_id = ? order by round").param(planId)
                .query((rs, n) -> new PlanReview(rs.getInt("round"), rs.getString("decision"), rs.getString("remarks"),
                        rs.getString("reviewer"), instant(rs, "decided_at")))
                .list();
    }

    private static WorkPlan plan(ResultSet rs, int row) throws SQLException {
        return new WorkPlan(rs.getLong("id"), rs.getString("cluster_id"), rs.getInt("plan_year"),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("goal"), rs.getString("process_instance_id"),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "submitted_at"),
                rs.getString("order_number"), rs.getObject("order_date", LocalDate.class), rs.getString("approved_by"),
                instant(rs, "approved_at"), rs.getInt("review_round"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
