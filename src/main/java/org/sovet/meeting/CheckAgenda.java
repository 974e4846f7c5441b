package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The secretary's agenda must be complete before it goes to the chair. */
@Component("checkAgenda")
class CheckAgenda implements TaskListener {

    private final MeetingService meetings;
    private final FormRows forms;

    CheckAgenda(MeetingService meetings, FormRows forms) {
        this.meetings = meetings;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        meetings.checkAgenda(forms.agenda(task, task.getTenantId(), Vars.AGENDA));
    }
}
