package org.sovet.plan;

import static org.sovet.plan.WorkPlanProcess.DECISION_APPROVE;
import static org.sovet.plan.WorkPlanProcess.DECISION_RETURN;
import static org.sovet.plan.WorkPlanProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** On completing the director's review: approval needs a valid order, a return needs remarks. */
@Component("validatePlanReview")
class ValidatePlanReview implements TaskListener {

    private final WorkPlanService plans;

    ValidatePlanReview(WorkPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = plans.ofProcess(task.getProcessInstanceId(), task.getTenantId()).id();
        Object decision = task.getVariable(Vars.REVIEW_DECISION);
        if (DECISION_APPROVE.equals(decision)) {
            var zone = plans.zoneOf(plans.plan(planId));
            plans.checkApproval(planId, PlanForms.text(task.getVariable(Vars.ORDER_NUMBER)),
                    PlanForms.date(task.getVariable(Vars.ORDER_DATE), zone));
        } else if (DECISION_RETURN.equals(decision)) {
            plans.checkReturn(PlanForms.text(task.getVariable(Vars.REVIEW_REMARKS)));
        } else {
            throw InputRejectedException.about(Vars.REVIEW_DECISION, "Выберите решение: утвердить план или вернуть его на доработку.");
        }
        var identity = task.getProcessEngineServices().getIdentityService();
        String reviewer = CurrentUser.id(identity, task.getAssignee());
        plans.checkReviewer(planId, reviewer);
        task.setVariable(Vars.REVIEWER, reviewer);
    }
}
