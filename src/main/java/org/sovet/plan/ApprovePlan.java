package org.sovet.plan;

import static org.sovet.plan.WorkPlanProcess.Vars;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.FormJson;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/** Approves the plan by the director's order and names who gets the approved plan by e-mail. */
@Component("approvePlan")
class ApprovePlan implements JavaDelegate {

    private final WorkPlanService plans;
    private final Directory directory;

    ApprovePlan(WorkPlanService plans, Directory directory) {
        this.plans = plans;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = (Long) execution.getVariable(Vars.PLAN_ID);
        WorkPlan plan = plans.plan(planId);
        var meetings = plans.approve(planId, PlanForms.text(execution.getVariable(Vars.ORDER_NUMBER)),
                PlanForms.date(execution.getVariable(Vars.ORDER_DATE), plans.zoneOf(plan)),
                (String) execution.getVariable(Vars.REVIEWER));
        var recipients = new ArrayList<>(directory.councilMembers(plan.clusterId()).stream().map(Person::id).toList());
        execution.setVariable(Vars.RECIPIENTS, FormJson.ids(recipients));
        execution.setVariable("plannedMeetingCount", meetings.size());
    }
}
