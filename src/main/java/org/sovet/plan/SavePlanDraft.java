package org.sovet.plan;

import static org.sovet.plan.WorkPlanProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the draft so it survives anything; the methodist continues in a new draft task. */
@Component("savePlanDraft")
class SavePlanDraft implements JavaDelegate {

    private final WorkPlanService plans;
    private final PlanForms forms;

    SavePlanDraft(WorkPlanService plans, PlanForms forms) {
        this.plans = plans;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = plans.ofProcess(execution.getProcessInstanceId(), execution.getTenantId()).id();
        PlanContent content = forms.read(execution);
        plans.saveDraft(planId, content);
        forms.write(execution, content);
        execution.setVariable(Vars.DRAFT_ACTION, null);
    }
}
