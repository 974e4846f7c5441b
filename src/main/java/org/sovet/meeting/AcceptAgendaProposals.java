package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A member's proposals are refused after the deadline; accepted ones are recorded at once. */
@Component("acceptAgendaProposals")
class AcceptAgendaProposals implements TaskListener {

    private final BoundMeeting bound;

    private final MeetingService meetings;
    private final MeetingForms forms;

    AcceptAgendaProposals(MeetingService meetings, MeetingForms forms, BoundMeeting bound) {
        this.bound = bound;
        this.meetings = meetings;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        long meetingId = bound.of(task);
        // an untouched row of the form is no proposal
        var proposals = forms.entries(task, Vars.PROPOSALS).stream()
                .filter(e -> !(MeetingValidator.blank(e.title()) && MeetingValidator.blank(e.speakerName())))
                .toList();
        meetings.propose(meetingId, task.getAssignee(), proposals);
        task.removeVariable(Vars.PROPOSALS);
    }
}
