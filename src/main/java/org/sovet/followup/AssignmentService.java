package org.sovet.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.sovet.common.ClosedRecordException;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/** Assignments: adopted decisions that name who must do what by when, followed up until done. */
@Service
public class AssignmentService {

    private final JdbcClient jdbc;
    private final OwnerResolver owners;
    private final Controllers controllers;
    private final FollowUpStarter starter;
    private final Clock clock;

    AssignmentService(JdbcClient jdbc, OwnerResolver owners, Controllers controllers, FollowUpStarter starter, Clock clock) {
        this.jdbc = jdbc;
        this.controllers = controllers;
        this.owners = owners;
        this.starter = starter;
        this.clock = clock;
    }

    /** Records an open assignment and starts its follow-up; the secretary controls it unless she carries it out. */
    public long record(String clusterId, long meetingId, long decisionId, String text, String owner, String dueText,
                       LocalDate dueDate, String secretary) {
        String ownerPerson = owners.resolve(clusterId, owner, secretary);
        String controllerId = controllers.controllerFor(clusterId, ownerPerson, secretary);
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into assignment (cluster_id, meeting_id, decision_id, text, owner, owner_person_id, due_text, due_date,"
                        + " controller_id, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)")
                .params(clusterId, meetingId, decisionId, text, owner, ownerPerson, dueText,
                        dueDate, controllerId, utc(clock.instant()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("update assignment set process_instance_id = ? where id = ?").params(starter.start(find(id)), id).update();
        return id;
    }

    public Assignment find(long id) {
        return jdbc.sql("select * from assignment where id = ?").param(id).query(RecordRows.of(Assignment.class)).optional()
                .orElseThrow(() -> new InputRejectedException("Поручение № " + id + " не найдено."));
    }

    public List<Assignment> ofMeeting(long meetingId) {
        return jdbc.sql("select * from assignment where meeting_id = ? order by id").param(meetingId).query(RecordRows.of(Assignment.class)).list();
    }

    /** Open assignments of the cluster and those closed since the given day, oldest due first. */
    public List<Assignment> openOrClosedSince(String clusterId, LocalDate since) {
        return jdbc.sql("select * from assignment where cluster_id = ? and (status <> 'DONE' or closed_at >= ?) order by due_date, id")
                .params(clusterId, since.atStartOfDay().atOffset(ZoneOffset.UTC)).query(RecordRows.of(Assignment.class)).list();
    }

    void report(long id, String userId, String report) {
        if (report == null || report.isBlank()) {
            throw new InputRejectedException("Напишите, что сделано по поручению.");
        }
        if (report.length() > 8000) {
            throw new InputRejectedException("Отчёт слишком длинный: не более 8000 знаков.");
        }
        if (jdbc.sql("update assignment set status = 'REPORTED' where id = ? and status = 'OPEN'").param(id).update() == 0) {
            throw refusal(find(id), "отчитаться по нему");
        }
        int round = jdbc.sql("select count(*) from assignment_report where assignment_id = ?").param(id).query(Integer.class).single() + 1;
        jdbc.sql("insert into assignment_report (assignment_id, round, report, reported_by, reported_at) values (?, ?, ?, ?, ?)")
                .params(id, round, report.trim(), userId, utc(clock.instant())).update();
    }

    void decide(long id, String controller, boolean accepted, String remarks) {
        if (!accepted && (remarks == null || remarks.isBlank())) {
            throw new InputRejectedException("Напишите, что доработать: исполнитель увидит замечания.");
        }
        Assignment assignment = find(id);
        controllers.checkNotOwnWork(assignment.clusterId(), assignment.ownerPersonId(), controller);
        // the verdict goes on the report first: once the assignment is DONE, its reports are closed too
        int decided = jdbc.sql("update assignment_report set verdict = ?, remarks = ?, decided_by = ?, decided_at = ? where assignment_id = ?"
                        + " and round = (select max(round) from assignment_report where assignment_id = ?)"
                        + " and exists (select 1 from assignment where id = ? and status = 'REPORTED')")
                .params(accepted ? "ACCEPTED" : "RETURNED", remarks, controller, utc(clock.instant()), id, id, id).update();
        if (decided == 0 || jdbc.sql("update assignment set status = ?, closed_at = ? where id = ? and status = 'REPORTED'")
                .params(accepted ? "DONE" : "OPEN", accepted ? utc(clock.instant()) : null, id).update() == 0) {
            throw refusal(find(id), "решить по отчёту");
        }
    }

    /** A timer's flag: a closed assignment is never overdue, so it is left as it is. */
    public void markOverdue(long id) {
        jdbc.sql("update assignment set overdue = true where id = ? and status in ('OPEN', 'REPORTED')").param(id).update();
    }

    /** Why a write found the assignment elsewhere than its step needs: closed for good, or not in the right state. */
    static InputRejectedException refusal(Assignment a, String action) {
        return a.closed()
                ? new ClosedRecordException("Поручение № " + a.id() + " закрыто (" + a.stateTitle() + "): " + action + " нельзя.")
                : new InputRejectedException("Поручение № " + a.id() + " сейчас в состоянии «" + a.stateTitle() + "»: " + action + " нельзя.");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** An assignment as recorded. */
    public record Assignment(long id, String clusterId, long meetingId, long decisionId, String text, String owner,
                             String ownerPersonId, String dueText, LocalDate dueDate, String controllerId, String status,
                             boolean overdue, String processInstanceId) {

        /** Done or cancelled: nothing about it changes any more. */
        public boolean closed() {
            return "DONE".equals(status) || "CANCELLED".equals(status);
        }

        /** «исполняется», «просрочено», «отчёт на проверке», «исполнено», «отменено». */
        public String stateTitle() {
            return switch (status) {
                case "DONE" -> "исполнено";
                case "CANCELLED" -> "отменено";
                case "REPORTED" -> "отчёт на проверке";
                default -> overdue ? "просрочено" : "исполняется";
            };
        }
    }
}
