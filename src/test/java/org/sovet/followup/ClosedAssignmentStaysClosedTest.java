package org.sovet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.support.DatabaseRefusals.assertRefused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sovet.common.ClosedRecordException;
import org.sovet.document.FileStore;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.SessionItem;
import org.sovet.document.UploadSamples;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A done or cancelled assignment, its reports, extensions and files never change, through Sovet or around it. */
class ClosedAssignmentStaysClosedTest extends SovetTest {

    private static final int NEXT_YEAR = LocalDate.now(ZoneId.of("Europe/Kirov")).getYear() + 1;

    @Autowired MeetingFixture meeting;
    @Autowired AssignmentService assignments;
    @Autowired AssignmentChanges changes;
    @Autowired FileStore files;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldRefuseAnyChangeToADoneAssignment() {
        Task task = assignmentTask();
        long id = (Long) tasks.getVariable(task.getId(), FollowUpProcess.Vars.ASSIGNMENT_ID);
        meeting.submit(task, "vorontsov", Map.of("report", "График составлен."));
        meeting.submit(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).singleResult(), MeetingFixture.SECRETARY,
                Map.of("verdict", "accept"));
        var before = assignments.find(id);

        for (Runnable change : List.<Runnable>of(
                () -> assignments.report(id, "vorontsov", "Ещё один отчёт."),
                () -> assignments.decide(id, MeetingFixture.SECRETARY, false, "Задним числом: переделать."),
                () -> changes.requestExtension(id, "vorontsov", LocalDate.of(NEXT_YEAR, 6, 1), "Не успели."),
                () -> changes.decideExtension(id, "vorontsov", true),
                () -> changes.cancel(id, "vorontsov", "Уже не нужно."),
                () -> changes.reassign(id, MeetingFixture.SECRETARY, "belyaev"))) {
            assertThatThrownBy(change::run).isInstanceOf(ClosedRecordException.class)
                    .hasMessageContaining("Поручение № " + id + " закрыто (исполнено)");
        }
        assignments.markOverdue(id);

        assertThat(assignments.find(id)).isEqualTo(before);
        assertThat(jdbc.sql("select verdict from assignment_report where assignment_id = ?").param(id).query(String.class).list())
                .containsExactly("ACCEPTED");
    }

    @Test
    void shouldRefuseDirectSqlChangesToACancelledAssignmentAndItsRows() {
        Task task = assignmentTask();
        long id = (Long) tasks.getVariable(task.getId(), FollowUpProcess.Vars.ASSIGNMENT_ID);
        meeting.submit(task, "vorontsov", Map.of("workAction", "extend", "requestedDue", LocalDate.of(NEXT_YEAR, 6, 15).toString(),
                "extensionReason", "Центр откроется в мае."));
        meeting.submit(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).singleResult(), "vorontsov",
                Map.of("extensionDecision", "refuse"));
        meeting.submit(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).singleResult(), "vorontsov",
                Map.of("report", "График составлен."));
        assertThat(files.save(AssignmentFiles.folder(id), "vorontsov", "График.xlsx", UploadSamples.xlsx())).isEmpty();
        changes.cancel(id, "vorontsov", "Центр закрыт на ремонт.");
        var before = assignments.find(id);
        assertThatThrownBy(() -> changes.cancel(id, "vorontsov", "Ещё раз.")).isInstanceOf(ClosedRecordException.class)
                .hasMessageContaining("Поручение № " + id + " закрыто (отменено)");

        assertRefused(jdbc, "Поручение закрыто (исполнено или отменено) и не может быть изменено.",
                "update assignment set status = 'OPEN', closed_at = null where id = " + id,
                "update assignment set owner = 'Другой', overdue = true where id = " + id,
                "delete from assignment where id = " + id,
                "update assignment_report set verdict = 'ACCEPTED' where assignment_id = " + id,
                "delete from assignment_report where assignment_id = " + id,
                "insert into assignment_report (assignment_id, round, report, reported_by, reported_at)"
                        + " values (" + id + ", 9, 'Задним числом', 'vorontsov', current_timestamp)",
                "update assignment_extension set granted = true where assignment_id = " + id,
                "delete from assignment_extension where assignment_id = " + id,
                "insert into assignment_extension (assignment_id, round, old_due, requested_due, reason, requested_by, requested_at)"
                        + " values (" + id + ", 9, current_date, current_date, 'Задним числом', 'vorontsov', current_timestamp)",
                "update stored_file set file_name = 'подмена.xlsx' where folder = 'assignment-" + id + "'",
                "delete from stored_file where folder = 'assignment-" + id + "'",
                "insert into stored_file (folder, file_name, content_type, content, size_bytes, uploaded_by, uploaded_at)"
                        + " values ('assignment-" + id + "', 'подмена.xlsx', 'text/plain', '\\x01', 1, 'vorontsov', current_timestamp)");

        assertThat(assignments.find(id)).isEqualTo(before);
        assertThat(files.list(AssignmentFiles.folder(id))).extracting(FileStore.StoredFile::fileName).containsExactly("График.xlsx");
    }

    private Task assignmentTask() {
        var instance = meeting.held("IN_PERSON", List.of(item("Центр «Точка роста»", "Воронцов А.Н.", 10)),
                List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"));
        meeting.signed(instance, List.of(new SessionItem("Центр «Точка роста»", "Воронцов А.Н.", null, null,
                List.of(new SessionItem.DecisionDraft("Опорной школе составить график посещений Центра «Точка роста».",
                        "SIMPLE", 5, 0, 0, "Опорная школа", "апрель " + NEXT_YEAR + " года", null)))));
        return tasks.createTaskQuery().processDefinitionKey(FollowUpProcess.KEY).singleResult();
    }
}
