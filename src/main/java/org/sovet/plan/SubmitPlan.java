package org.sovet.plan;

import static org.sovet.plan.WorkPlanProcess.Vars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.config.SovetProperties;
import org.springframework.stereotype.Component;

/** Sends the complete plan to the director, who has the configured number of days to decide. */
@Component("submitPlan")
class SubmitPlan implements JavaDelegate {

    private final WorkPlanService plans;
    private final PlanForms forms;
    private final Clock clock;
    private final int reviewDays;

    SubmitPlan(WorkPlanService plans, PlanForms forms, Clock clock, SovetProperties properties) {
        this.plans = plans;
        this.forms = forms;
        this.clock = clock;
        this.reviewDays = properties.plan().reviewDays();
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = plans.ofProcess(execution.getProcessInstanceId(), execution.getTenantId()).id();
        PlanContent content = forms.read(execution);
        plans.submit(planId, content);
        forms.write(execution, content);
        var zone = plans.zoneOf(plans.plan(planId));
        LocalDate due = LocalDate.now(clock.withZone(zone)).plusDays(reviewDays);
        execution.setVariable(Vars.REVIEW_DUE, Date.from(due.atTime(18, 0).atZone(zone).toInstant()));
        execution.setVariable(Vars.DRAFT_ACTION, null);
        execution.setVariable(Vars.REVIEW_DECISION, null);
        // the remarks were answered by this new version; the plan_review table keeps them
        execution.setVariable(Vars.REVIEW_REMARKS, null);
        execution.setVariable(Vars.ORDER_NUMBER, null);
        execution.setVariable(Vars.ORDER_DATE, null);
    }
}
