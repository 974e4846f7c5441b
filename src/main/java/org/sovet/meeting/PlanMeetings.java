package org.sovet.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.config.SovetProperties;
import org.sovet.plan.PlannedMeeting;
import org.sovet.plan.PlannedMeetings;
import org.sovet.plan.WorkPlan;
import org.sovet.plan.WorkPlanService;
import org.springframework.stereotype.Component;

/** After approval (work-plan-approval.bpmn): each meeting of the plan gets its process «Заседание по плану». */
@Component("planMeetings")
class PlanMeetings implements JavaDelegate {

    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private final WorkPlanService plans;
    private final PlannedMeetings planned;
    private final RuntimeService runtime;
    private final MeetingService meetings;
    private final Clock clock;
    private final int weeksAhead;

    PlanMeetings(WorkPlanService plans, PlannedMeetings planned, RuntimeService runtime, MeetingService meetings, Clock clock,
                 SovetProperties properties) {
        this.plans = plans;
        this.planned = planned;
        this.runtime = runtime;
        this.meetings = meetings;
        this.clock = clock;
        this.weeksAhead = properties.plan().scheduleWeeksAhead();
    }

    @Override
    public void execute(DelegateExecution execution) {
        String clusterId = execution.getTenantId();
        WorkPlan plan = plans.ofProcess(execution.getProcessInstanceId(), clusterId);
        ZoneId zone = meetings.zone(clusterId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (PlannedMeeting meeting : plans.plannedMeetings(plan.id())) {
            // a plan approved late names months gone by: nobody schedules a meeting in the past
            if ("PLANNED".equals(meeting.status()) && !meeting.plannedDate().isBefore(today)) {
                String processId = runtime.createProcessInstanceByKey(PlannedMeetingProcess.KEY).processDefinitionTenantId(clusterId)
                        .businessKey("planned-meeting-" + meeting.id())
                        .setVariables(Map.of(PlannedMeetingProcess.Vars.ASK_AT, Date.from(askAt(meeting, zone)),
                                // the schedule form opens with the plan's date filled in
                                MeetingProcess.Vars.DATE, meeting.plannedDate().toString(),
                                MeetingProcess.Vars.SUBJECT, "Заседание по плану: " + meeting.label()))
                        .execute().getId();
                planned.bind(meeting.id(), processId);
            }
        }
    }

    /** The configured weeks before the 1st of the meeting's month, in the morning; at once when that is past. */
    private Instant askAt(PlannedMeeting meeting, ZoneId zone) {
        Instant at = meeting.plannedDate().withDayOfMonth(1).minusWeeks(weeksAhead).atTime(MORNING).atZone(zone).toInstant();
        return at.isBefore(clock.instant()) ? clock.instant() : at;
    }
}
