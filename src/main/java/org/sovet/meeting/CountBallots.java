package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the deadline, or once all have voted, the ballots are counted and the result is fixed. */
@Component("countBallots")
class CountBallots implements JavaDelegate {

    private final WrittenVoteService votes;

    CountBallots(WrittenVoteService votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var decisions = votes.count((Long) execution.getVariable(Vars.MEETING_ID));
        execution.setVariable("adoptedDecisions", decisions.stream().filter(Decision::adopted).count());
    }
}
