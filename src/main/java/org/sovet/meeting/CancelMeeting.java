package org.sovet.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the meeting cancelled; its protocol number stays taken unless the council gives such numbers back. */
@Component("cancelMeeting")
class CancelMeeting implements JavaDelegate {

    private final BoundMeeting bound;

    private final MeetingService meetings;

    CancelMeeting(MeetingService meetings, BoundMeeting bound) {
        this.bound = bound;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.cancel(bound.of(execution));
    }
}
