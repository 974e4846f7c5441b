package org.sovet.plan;

import static org.sovet.plan.WorkPlanProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the director's remarks; the methodist sees them in the next draft task. */
@Component("returnPlan")
class ReturnPlan implements JavaDelegate {

    private final WorkPlanService plans;

    ReturnPlan(WorkPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = plans.ofProcess(execution.getProcessInstanceId(), execution.getTenantId()).id();
        plans.returnToAuthor(planId, (String) execution.getVariable(Vars.REVIEWER),
                PlanForms.text(execution.getVariable(Vars.REVIEW_REMARKS)));
        execution.setVariable(Vars.REVIEW_DECISION, null);
    }
}
