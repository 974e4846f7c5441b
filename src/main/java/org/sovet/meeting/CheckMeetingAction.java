package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** The secretary holds the meeting once it has begun, moves it to a new date, or cancels it. */
@Component("checkMeetingAction")
class CheckMeetingAction implements TaskListener {

    private final MeetingService meetings;
    private final BoundMeeting bound;

    CheckMeetingAction(MeetingService meetings, BoundMeeting bound) {
        this.meetings = meetings;
        this.bound = bound;
    }

    @Override
    public void notify(DelegateTask task) {
        Object action = task.getVariable(Vars.MANAGE_ACTION);
        if (MeetingProcess.ACTION_RESCHEDULE.equals(action)) {
            if (MeetingForms.date(task, Vars.NEW_DATE, "новая дата") == null || MeetingForms.time(task, Vars.NEW_TIME) == null) {
                throw InputRejectedException.about(Vars.NEW_DATE, "Укажите новую дату и время заседания.");
            }
        } else if (MeetingProcess.ACTION_WRITTEN.equals(action)) {
            if (MeetingForms.date(task, Vars.VOTING_DEADLINE, "срок голосования") == null) {
                throw InputRejectedException.about(Vars.VOTING_DEADLINE, "Укажите срок, до которого члены Совета голосуют заочно.");
            }
        } else if (MeetingProcess.ACTION_HOLD.equals(action)) {
            meetings.checkHold(bound.of(task));
        } else if (!MeetingProcess.ACTION_CANCEL.equals(action)) {
            throw InputRejectedException.about(Vars.MANAGE_ACTION, "Выберите: провести заседание, перенести его, перевести в заочное голосование или отменить.");
        }
    }
}
