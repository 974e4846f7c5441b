package org.sovet.plan;

import static org.sovet.plan.WorkPlanProcess.ACTION_SAVE;
import static org.sovet.plan.WorkPlanProcess.ACTION_SUBMIT;
import static org.sovet.plan.WorkPlanProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** On completing the draft task: a saved draft may be partial, a submitted plan must be whole. */
@Component("validatePlanDraft")
class ValidatePlanDraft implements TaskListener {

    private final PlanValidator validator;
    private final PlanForms forms;

    ValidatePlanDraft(PlanValidator validator, PlanForms forms) {
        this.validator = validator;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        Object action = task.getVariable(Vars.DRAFT_ACTION);
        PlanContent content = forms.read(task);
        if (ACTION_SAVE.equals(action)) {
            validator.checkDraft(content);
        } else if (ACTION_SUBMIT.equals(action)) {
            validator.checkComplete(content);
        } else {
            throw InputRejectedException.about(Vars.DRAFT_ACTION, "Выберите действие: сохранить черновик или отправить план директору.");
        }
    }
}
