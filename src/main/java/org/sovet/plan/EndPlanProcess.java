package org.sovet.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When the process ends without approval (cancelled in Cockpit), the plan frees its year. */
@Component("endPlanProcess")
class EndPlanProcess implements ExecutionListener {

    private final WorkPlanService plans;

    EndPlanProcess(WorkPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateExecution execution) {
        plans.findOfProcess(execution.getProcessInstanceId()).ifPresent(plan -> plans.withdrawIfUnfinished(plan.id()));
    }
}
