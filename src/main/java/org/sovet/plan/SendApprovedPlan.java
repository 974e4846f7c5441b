package org.sovet.plan;

import static org.sovet.plan.WorkPlanProcess.Vars;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.notify.Mail;
import org.sovet.notify.MailKey;
import org.sovet.notify.Mailer;
import org.sovet.notify.RecordLinks;
import org.springframework.stereotype.Component;

/**
 * Mails the approved plan with its PDF to one council member. Each member is its own
 * asynchronous job, so one failing address is retried alone and never resends to the others.
 */
@Component("sendApprovedPlan")
class SendApprovedPlan implements JavaDelegate {

    private final WorkPlanService plans;
    private final Directory directory;
    private final Mailer mailer;

    SendApprovedPlan(WorkPlanService plans, Directory directory, Mailer mailer) {
        this.plans = plans;
        this.directory = directory;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = plans.ofProcess(execution.getProcessInstanceId(), execution.getTenantId()).id();
        String recipientId = (String) execution.getVariable(Vars.RECIPIENT);
        Person recipient = directory.person(recipientId)
                .orElseThrow(() -> new IllegalStateException("No person " + recipientId + " in the directory"));
        WorkPlan plan = plans.plan(planId);
        WorkPlanService.PlanFile pdf = plans.document(planId);
        String cluster = directory.cluster(plan.clusterId()).name();
        mailer.send(MailKey.of(execution, recipientId), new Mail(recipient.email(), recipient.fullName(), recipient.greeting(),
                "Утверждён план работы кластера на " + plan.planYear() + " год",
                "plan-approved",
                Map.of("plan", plan,
                        "clusterName", cluster,
                        "orderDate", RussianDates.shortDate(plan.orderDate()),
                        "approvedOn", RussianDates.longDate(plan.orderDate()),
                        "meetings", plannedDates(plan),
                        "archive", RecordLinks.plan(plan.clusterId(), planId)),
                List.of(new Mail.Attachment(pdf.fileName(), "application/pdf", pdf.content()))));
    }

    private List<String> plannedDates(WorkPlan plan) {
        return plans.plannedMeetings(plan.id()).stream().map(m -> RussianDates.longDate(m.plannedDate())).toList();
    }
}
