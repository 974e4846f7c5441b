package org.sovet.followup;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sovet.notify.MailSteps;
import org.springframework.stereotype.Component;

/** The follow-up model's mail steps, named for the page of failed notifications. */
@Component
class AssignmentMails implements MailSteps {

    private static final int SHOWN = 80;

    private final BoundAssignment bound;

    AssignmentMails(BoundAssignment bound) {
        this.bound = bound;
    }

    @Override
    public String processKey() {
        return FollowUpProcess.KEY;
    }

    @Override
    public Map<String, String> steps() {
        return Map.of(FollowUpProcess.Elements.SEND_REMINDER, "Напоминание исполнителю поручения",
                FollowUpProcess.Elements.SEND_DUE, "Сообщение о сроке поручения",
                FollowUpProcess.Elements.ESCALATE, "Эскалация просроченного поручения");
    }

    @Override
    public String record(ProcessInstance process) {
        String text = bound.of(process.getBusinessKey(), process.getTenantId(), process.getId()).text();
        return "Поручение «" + (text.length() > SHOWN ? text.substring(0, SHOWN - 1) + "…" : text) + "»";
    }
}
