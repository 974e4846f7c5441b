package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Before the session is recorded, its form lists the approved agenda, one entry per item. */
@Component("prepareSession")
class PrepareSession implements ExecutionListener {

    private final BoundMeeting bound;

    private final MeetingService meetings;
    private final MeetingForms forms;

    PrepareSession(MeetingService meetings, MeetingForms forms, BoundMeeting bound) {
        this.bound = bound;
        this.meetings = meetings;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        List<SessionItem> items = meetings.agenda(meetingId).stream()
                .map(a -> new SessionItem(a.title(), a.speakerNames(), null, null, List.of()))
                .toList();
        forms.writeList(execution, Vars.SESSION_ITEMS, items);
    }
}
