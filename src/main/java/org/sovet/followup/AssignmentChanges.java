package org.sovet.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to an assignment: a new due date the chair grants, cancellation by the chair, a new owner. */
@Service
public class AssignmentChanges {

    private final JdbcClient jdbc;
    private final AssignmentService assignments;
    private final Directory directory;
    private final RuntimeService runtime;
    private final Clock clock;

    AssignmentChanges(JdbcClient jdbc, AssignmentService assignments, Directory directory, RuntimeService runtime, Clock clock) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.directory = directory;
        this.runtime = runtime;
        this.clock = clock;
    }

    void requestExtension(long id, String userId, LocalDate requested, String reason) {
        var a = assignments.find(id);
        if (!"OPEN".equals(a.status())) {
            throw AssignmentService.refusal(a, "просить новый срок");
        }
        if (requested == null || !requested.isAfter(a.dueDate())) {
            throw new InputRejectedException("Новый срок должен быть позже нынешнего (" + org.sovet.common.RussianDates.shortDate(a.dueDate()) + ").");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InputRejectedException("Объясните, почему нужен новый срок (до 2000 знаков).");
        }
        int round = jdbc.sql("select count(*) from assignment_extension where assignment_id = ?").param(id).query(Integer.class).single() + 1;
        jdbc.sql("insert into assignment_extension (assignment_id, round, old_due, requested_due, reason, requested_by, requested_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, round, a.dueDate(), requested, reason.trim(), userId, clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    /** The chair's answer; a granted request moves the due date. Returns the due date in force. */
    LocalDate decideExtension(long id, String chair, boolean granted) {
        var a = assignments.find(id);
        if (!"OPEN".equals(a.status())) {
            throw AssignmentService.refusal(a, "решить о сроке");
        }
        LocalDate requested = jdbc.sql("select requested_due from assignment_extension where assignment_id = ? and granted is null")
                .param(id).query(LocalDate.class).optional()
                .orElseThrow(() -> new InputRejectedException("Нет запроса на продление срока."));
        jdbc.sql("update assignment_extension set granted = ?, decided_by = ?, decided_at = ? where assignment_id = ? and granted is null")
                .params(granted, chair, clock.instant().atOffset(ZoneOffset.UTC), id).update();
        if (granted && jdbc.sql("update assignment set due_date = ?, due_text = ?, overdue = false where id = ? and status = 'OPEN'")
                .params(requested, "до " + org.sovet.common.RussianDates.shortDate(requested), id).update() == 0) {
            throw AssignmentService.refusal(assignments.find(id), "переносить срок");
        }
        return assignments.find(id).dueDate();
    }

    /** The one rule of who cancels: the chair of the assignment's council; the page offers «Отменить» by it too. */
    public boolean mayCancel(String userId, String clusterId) {
        return directory.rolesOf(userId, clusterId).contains(CouncilRole.CHAIR);
    }

    /** The one rule of who re-assigns: the assignment's controller. */
    public boolean mayReassign(String userId, String controllerId) {
        return userId.equals(controllerId);
    }

    /** Cancels the assignment and ends its follow-up, wherever it stands; all of it stays in the history. */
    @Transactional
    public void cancel(long id, String chair, String reason) {
        var a = assignments.find(id);
        if (!mayCancel(chair, a.clusterId())) {
            throw new InputRejectedException("Отменить поручение может только председатель Совета.");
        }
        if (reason == null || reason.isBlank()) {
            throw new InputRejectedException("Укажите причину отмены поручения.");
        }
        if (jdbc.sql("update assignment set status = 'CANCELLED', cancel_reason = ?, closed_at = ? where id = ? and status in ('OPEN', 'REPORTED')")
                .params(reason.trim(), clock.instant().atOffset(ZoneOffset.UTC), id).update() == 0) {
            throw AssignmentService.refusal(assignments.find(id), "отменить его");
        }
        runtime.createMessageCorrelation(FollowUpProcess.MESSAGE_CANCELLED).processInstanceId(a.processInstanceId())
                .setVariable(FollowUpProcess.Vars.CANCEL_REASON, reason.trim())
                .setVariable(FollowUpProcess.Vars.CANCELLED_BY, chair).correlate();
    }

    /** Gives the work to another member; possible while the work is in progress, not during the report's review. */
    @Transactional
    public void reassign(long id, String controller, String newOwner) {
        var a = assignments.find(id);
        if (!mayReassign(controller, a.controllerId())) {
            throw new InputRejectedException("Передать поручение другому исполнителю может только контролёр.");
        }
        if (directory.councilMembers(a.clusterId()).stream().noneMatch(p -> p.id().equals(newOwner))) {
            throw new InputRejectedException("Новый исполнитель должен быть членом Совета этого кластера.");
        }
        if (newOwner.equals(a.controllerId()) && !directory.settings(a.clusterId()).dualRolesAllowed()) {
            throw new InputRejectedException("Контролёр не может стать исполнителем поручения, которое он проверяет.");
        }
        if (jdbc.sql("update assignment set owner_person_id = ? where id = ? and status = 'OPEN'").params(newOwner, id).update() == 0) {
            throw AssignmentService.refusal(assignments.find(id), "передать его другому исполнителю");
        }
        try {
            runtime.createMessageCorrelation(FollowUpProcess.MESSAGE_REASSIGNED).processInstanceId(a.processInstanceId())
                    // for the audit trail only: the model reads the owner from the record
                    .setVariable(FollowUpProcess.Vars.OWNER, newOwner)
                    .setVariable(FollowUpProcess.Vars.REASSIGNED_BY, controller).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new InputRejectedException("Поручение сейчас не в работе (отчёт на проверке или решение о сроке): передать его нельзя.");
        }
    }
}
