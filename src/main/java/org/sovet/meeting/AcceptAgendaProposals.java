package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * A member's proposals are refused after the deadline; accepted ones are recorded at once. An answer without
 * proposals is recorded as «Предложений нет», so the secretary tells it from no answer at all.
 */
@Component("acceptAgendaProposals")
class AcceptAgendaProposals implements TaskListener {

    private final BoundMeeting bound;

    private final MeetingService meetings;
    private final FormRows forms;
    private final ProposalAnswers answers;
    private final Clock clock;

    AcceptAgendaProposals(MeetingService meetings, FormRows forms, ProposalAnswers answers, Clock clock, BoundMeeting bound) {
        this.bound = bound;
        this.meetings = meetings;
        this.forms = forms;
        this.answers = answers;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        long meetingId = bound.of(task);
        // an untouched row of the form is no proposal
        var proposals = forms.agenda(task, task.getTenantId(), Vars.PROPOSALS).stream()
                .filter(e -> !(MeetingValidator.blank(e.title()) && MeetingValidator.blank(e.speakerName())))
                .toList();
        if (Boolean.TRUE.equals(task.getVariable(Vars.NO_PROPOSALS)) && !proposals.isEmpty()) {
            throw new InputRejectedException("Отмечено «Предложений нет», но предложения записаны: "
                    + "снимите отметку или удалите предложения.");
        }
        meetings.propose(meetingId, task.getAssignee(), proposals);
        if (proposals.isEmpty()) {
            answers.recordNone(meetingId, task.getAssignee(), clock.instant());
        }
        task.removeVariable(Vars.PROPOSALS);
        task.removeVariable(Vars.NO_PROPOSALS);
    }
}
