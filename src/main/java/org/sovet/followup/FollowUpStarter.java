package org.sovet.followup;

import static org.sovet.followup.FollowUpProcess.Vars;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.sovet.config.SovetProperties;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Starts an assignment's follow-up in its cluster. Signing a protocol is what starts it, and the
 * last signer need not be allowed to start processes: the system does it on the council's behalf.
 */
@Component
class FollowUpStarter {

    private static final LocalTime DAY_END = LocalTime.of(18, 0);
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private final RuntimeService runtime;
    private final Directory directory;
    private final int reminderDays;

    FollowUpStarter(RuntimeService runtime, Directory directory, SovetProperties properties) {
        this.runtime = runtime;
        this.directory = directory;
        this.reminderDays = properties.followUp().reminderDays();
    }

    /** The timers' moments for a due date: reminder, due, overdue, and the task's own due date. */
    java.util.Map<String, Object> dueDates(String clusterId, java.time.LocalDate due) {
        ZoneId zone = ZoneId.of(directory.cluster(clusterId).timeZone());
        return java.util.Map.of(
                Vars.REMINDER_AT, Date.from(due.minusDays(reminderDays).atTime(MORNING).atZone(zone).toInstant()),
                Vars.DUE_AT, Date.from(due.atTime(MORNING).atZone(zone).toInstant()),
                Vars.OVERDUE_AT, Date.from(due.plusDays(1).atTime(MORNING).atZone(zone).toInstant()),
                "taskDue", Date.from(due.atTime(DAY_END).atZone(zone).toInstant()));
    }

    String start(AssignmentService.Assignment a) {
        var command = Context.getCommandContext();
        if (command != null) {
            command.disableAuthorizationCheck();
        }
        try {
            return runtime.createProcessInstanceByKey(FollowUpProcess.KEY)
                    .processDefinitionTenantId(a.clusterId())
                    .businessKey(BoundAssignment.businessKey(a.id()))
                    // for the audit trail only: the model reads the owner from the record
                    .setVariable(Vars.OWNER, a.ownerPersonId())
                    .setVariable(Vars.ASSIGNMENT_ID, a.id())
                    .setVariable("clusterId", a.clusterId())
                    .setVariable("clusterName", directory.cluster(a.clusterId()).name())
                    .setVariable("subject", "Поручение: " + (a.text().length() > 80 ? a.text().substring(0, 80) + "…" : a.text()))
                    .setVariable("assignmentText", a.text())
                    .setVariable("dueText", a.dueText())
                    .setVariables(dueDates(a.clusterId(), a.dueDate()))
                    .execute().getId();
        } finally {
            if (command != null) {
                command.enableAuthorizationCheck();
            }
        }
    }
}
