package org.sovet.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the deadline, or once all have voted, the ballots are counted and the result is fixed. */
@Component("countBallots")
class CountBallots implements JavaDelegate {

    private final BoundMeeting bound;

    private final WrittenVoteService votes;

    CountBallots(WrittenVoteService votes, BoundMeeting bound) {
        this.bound = bound;
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var decisions = votes.count(bound.of(execution));
        execution.setVariable("adoptedDecisions", decisions.stream().filter(Decision::adopted).count());
    }
}
