package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** The chair approves the agenda, or returns it with remarks the secretary will see. */
@Component("checkAgendaReview")
class CheckAgendaReview implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(Vars.REVIEW_DECISION);
        if (MeetingProcess.DECISION_RETURN.equals(decision)) {
            Object remarks = task.getVariable(Vars.REVIEW_REMARKS);
            if (remarks == null || remarks.toString().isBlank()) {
                throw InputRejectedException.about(Vars.REVIEW_REMARKS, "Напишите замечания к повестке: секретарь увидит их при доработке.");
            }
            if (remarks.toString().length() > 4000) {
                throw InputRejectedException.about(Vars.REVIEW_REMARKS, "Замечания слишком длинные: не более 4000 знаков.");
            }
        } else if (!MeetingProcess.DECISION_APPROVE.equals(decision)) {
            throw InputRejectedException.about(Vars.REVIEW_DECISION, "Выберите решение: утвердить повестку или вернуть её секретарю.");
        }
    }
}
