package org.sovet.meeting;

import java.util.HashMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.InputRejectedException;
import org.sovet.plan.PlannedMeeting;
import org.sovet.plan.PlannedMeetings;
import org.springframework.stereotype.Component;

/**
 * «Заседание по плану» (planned-meeting.bpmn): whether the plan's meeting still waits to be scheduled, and
 * the start of the meeting process from the secretary's schedule form, checked there as the start form is.
 */
@Component("plannedMeetingFlow")
public class PlannedMeetingFlow implements JavaDelegate {

    private final PlannedMeetings planned;
    private final RuntimeService runtime;

    PlannedMeetingFlow(PlannedMeetings planned, RuntimeService runtime) {
        this.planned = planned;
        this.runtime = runtime;
    }

    /** Scheduled meanwhile from the start form (which links the plan's meeting of the same season): nothing to ask. */
    public boolean stillPlanned(DelegateExecution execution) {
        return "PLANNED".equals(bound(execution).status());
    }

    /**
     * Starts the meeting process as the one who completes the task (its initiator, which the process checks is a
     * secretary of the cluster), with the form's fields only; a refusal there undoes the completion.
     */
    @Override
    public void execute(DelegateExecution execution) {
        PlannedMeeting meeting = bound(execution);
        if (!"PLANNED".equals(meeting.status())) {
            throw new InputRejectedException("Это заседание по плану уже назначено: найдите его в архиве кластера.");
        }
        var form = new HashMap<String, Object>();
        PlannedMeetingProcess.SCHEDULE_FIELDS.forEach(name -> form.put(name, execution.getVariable(name)));
        runtime.createProcessInstanceByKey(MeetingProcess.KEY).processDefinitionTenantId(execution.getTenantId())
                .setVariables(form).execute();
        // the meeting's scheduling links the plan's nearest meeting; this one is done even if the date moved far
        planned.markScheduled(meeting.id());
    }

    private PlannedMeeting bound(DelegateExecution execution) {
        return planned.ofProcess(execution.getProcessInstanceId()).filter(m -> m.clusterId().equals(execution.getTenantId()))
                .orElseThrow(() -> new InputRejectedException("Этот процесс не относится ни к одному заседанию плана кластера."));
    }
}
