package org.sovet.plan;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/** Who the plan model's steps are for, read from the plan record and the directory, never from variables. */
@Component("planParticipants")
public class PlanParticipants {

    private final WorkPlanService plans;
    private final Directory directory;

    PlanParticipants(WorkPlanService plans, Directory directory) {
        this.plans = plans;
        this.directory = directory;
    }

    /** The methodist who opened the plan drafts it; the cluster's other secretaries may take it over. */
    public String author(DelegateExecution execution) {
        return plans.ofProcess(execution.getProcessInstanceId(), execution.getTenantId()).createdBy();
    }

    public List<String> mailRecipients(DelegateExecution execution) {
        WorkPlan plan = plans.ofProcess(execution.getProcessInstanceId(), execution.getTenantId());
        return directory.councilMemberIds(plan.clusterId());
    }
}
