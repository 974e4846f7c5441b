package org.sovet.plan;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sovet.notify.MailSteps;
import org.springframework.stereotype.Component;

/** The plan approval's mail step, named for the page of failed notifications. */
@Component
class PlanMails implements MailSteps {

    private final WorkPlanService plans;

    PlanMails(WorkPlanService plans) {
        this.plans = plans;
    }

    @Override
    public String processKey() {
        return WorkPlanProcess.KEY;
    }

    @Override
    public Map<String, String> steps() {
        return Map.of(WorkPlanProcess.Elements.SEND_PLAN, "Утверждённый план работы");
    }

    @Override
    public String record(ProcessInstance process) {
        return "План работы кластера на " + plans.ofProcess(process.getId(), process.getTenantId()).planYear() + " год";
    }
}
