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
import org.sovet.notify.Mailing;
import org.sovet.notify.RecordLinks;
import org.springframework.stereotype.Component;

/** Mails the approved plan with its PDF to every council member, in the step's one job. */
@Component("sendApprovedPlan")
class SendApprovedPlan implements JavaDelegate {

    private final WorkPlanService plans;
    private final Directory directory;
    private final Mailing mailing;
    private final PlanParticipants participants;

    SendApprovedPlan(WorkPlanService plans, Directory directory, Mailing mailing, PlanParticipants participants) {
        this.plans = plans;
        this.directory = directory;
        this.mailing = mailing;
        this.participants = participants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = plans.ofProcess(execution.getProcessInstanceId(), execution.getTenantId()).id();
        WorkPlan plan = plans.plan(planId);
        WorkPlanService.PlanFile pdf = plans.document(planId);
        Map<String, Object> model = Map.of("plan", plan,
                "clusterName", directory.cluster(plan.clusterId()).name(),
                "orderDate", RussianDates.shortDate(plan.orderDate()),
                "approvedOn", RussianDates.longDate(plan.orderDate()),
                "meetings", plannedDates(plan),
                "archive", RecordLinks.plan(plan.clusterId(), planId));
        List<Mail.Attachment> attachments = List.of(new Mail.Attachment(pdf.fileName(), "application/pdf", pdf.content()));
        mailing.send(execution, mailing.recipients(execution, Vars.RECIPIENT, () -> participants.mailRecipients(execution)), recipientId -> {
            Person recipient = directory.person(recipientId)
                    .orElseThrow(() -> new IllegalStateException("No person " + recipientId + " in the directory"));
            return new Mail(recipient.email(), recipient.fullName(), recipient.greeting(),
                    "Утверждён план работы кластера на " + plan.planYear() + " год", "plan-approved", model, attachments);
        });
    }

    private List<String> plannedDates(WorkPlan plan) {
        return plans.plannedMeetings(plan.id()).stream().map(m -> RussianDates.longDate(m.plannedDate())).toList();
    }
}
