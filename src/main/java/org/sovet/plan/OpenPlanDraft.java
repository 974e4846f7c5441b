package org.sovet.plan;

import static org.sovet.plan.WorkPlanProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/** Opens the plan record for the cluster (the tenant) and year, starting from last year's plan. */
@Component("openPlanDraft")
class OpenPlanDraft implements JavaDelegate {

    private final WorkPlanService plans;
    private final PlanForms forms;
    private final Directory directory;

    OpenPlanDraft(WorkPlanService plans, PlanForms forms, Directory directory) {
        this.plans = plans;
        this.forms = forms;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String clusterId = execution.getTenantId();
        if (clusterId == null) {
            throw new InputRejectedException("План составляется для кластера: запустите процесс из списка процессов своего кластера.");
        }
        Integer year = PlanForms.integer(execution.getVariable(Vars.PLAN_YEAR));
        // the engine names the initiator from the login that started the process; only a secretary may
        String initiator = (String) execution.getVariable(Vars.INITIATOR);
        if (initiator == null || !directory.rolesOf(initiator, clusterId).contains(CouncilRole.SECRETARY)) {
            throw new InputRejectedException("План работы составляет секретарь (методист) кластера.");
        }
        long planId = plans.open(clusterId, year, initiator);
        plans.attachProcess(planId, execution.getProcessInstanceId());

        execution.setVariable(Vars.PLAN_ID, planId);
        execution.setVariable(Vars.PLAN_YEAR, year);
        execution.setVariable(Vars.CLUSTER_ID, clusterId);
        execution.setVariable(Vars.CLUSTER_NAME, directory.cluster(clusterId).name());
        execution.setVariable(Vars.SUBJECT, "План работы на " + year + " год");
        execution.setVariable(Vars.REVIEW_REMARKS, null);
        // with no plan to start from, the form's lists keep their one empty row to fill in
        plans.previousContent(clusterId).ifPresentOrElse(previous -> forms.write(execution, previous),
                () -> execution.setVariable(Vars.GOAL, ""));
    }
}
