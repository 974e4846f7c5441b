package org.sovet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Assignments: adopted decisions that name who must do what by when, followed up until done. */
@Service
public class AssignmentService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AssignmentService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an open assignment for a decision; the controller is the council's secretary unless named. */
    public void record(String clusterId, long meetingId, long decisionId, String text, String owner, String dueText,
                       LocalDate dueDate, String controllerId) {
        jdbc.sql("insert into assignment (cluster_id, meeting_id, decision_id, text, owner, due_text, due_date, controller_id,"
                        + " status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)")
                .params(clusterId, meetingId, decisionId, text, owner, dueText, dueDate, controllerId,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    public List<Assignment> ofMeeting(long meetingId) {
        return jdbc.sql("select id, cluster_id, meeting_id, decision_id, text, owner, due_text, due_date, controller_id, status"
                        + " from assignment where meeting_id = ? order by id")
                .param(meetingId).query(Assignment.class).list();
    }

    /** An assignment as recorded. */
    public record Assignment(long id, String clusterId, long meetingId, long decisionId, String text, String owner,
                             String dueText, LocalDate dueDate, String controllerId, String status) {}
}
