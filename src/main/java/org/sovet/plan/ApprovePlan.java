package org.sovet.plan;

import static org.sovet.plan.WorkPlanProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approves the plan by the director's order; the model then mails it to the council. */
@Component("approvePlan")
class ApprovePlan implements JavaDelegate {

    private final WorkPlanService plans;

    ApprovePlan(WorkPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WorkPlan plan = plans.ofProcess(execution.getProcessInstanceId(), execution.getTenantId());
        var meetings = plans.approve(plan.id(), PlanForms.text(execution.getVariable(Vars.ORDER_NUMBER)),
                PlanForms.date(execution.getVariable(Vars.ORDER_DATE), plans.zoneOf(plan)),
                (String) execution.getVariable(Vars.REVIEWER));
        execution.setVariable("plannedMeetingCount", meetings.size());
    }
}
