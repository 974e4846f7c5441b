package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Before the session is recorded, its form lists the approved agenda, one entry per item with a decision row; when the
 * secretary came back to correct the record, the form opens with the record as it stands.
 */
@Component("prepareSession")
class PrepareSession implements ExecutionListener {

    private final BoundMeeting bound;

    private final MeetingService meetings;
    private final MeetingForms forms;
    private final RecordCorrection correction;
    private final SessionService sessions;

    PrepareSession(MeetingService meetings, MeetingForms forms, BoundMeeting bound, RecordCorrection correction,
                   SessionService sessions) {
        this.bound = bound;
        this.meetings = meetings;
        this.forms = forms;
        this.correction = correction;
        this.sessions = sessions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        if (correction.correcting(meetingId)) {
            var narrative = sessions.narrative(meetingId);
            execution.setVariable(Vars.OPENING, narrative.opening());
            execution.setVariable(Vars.CLOSING, narrative.closing());
            forms.writeList(execution, Vars.SESSION_ITEMS, correction.recordedItems(meetingId));
            var joint = correction.recordedJointVote(meetingId);
            execution.setVariable(Vars.VOTE_TOGETHER, joint.isPresent());
            execution.setVariable(Vars.TOGETHER_UNANIMOUS, false);
            execution.setVariable(Vars.TOGETHER_FOR, joint.map(Decision::votesFor).orElse(null));
            execution.setVariable(Vars.TOGETHER_AGAINST, joint.map(Decision::votesAgainst).orElse(null));
            execution.setVariable(Vars.TOGETHER_ABSTAIN, joint.map(Decision::votesAbstain).orElse(null));
            return;
        }
        // one decision row ready per item, unanimous when the votes can be counted: the usual case takes no clicks
        Map<String, Object> decision = Map.of("kind", "SIMPLE", "unanimous", execution.getVariable(Vars.COULD_VOTE) != null);
        List<Map<String, Object>> items = meetings.agenda(meetingId).stream().map(a -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", a.title());
            item.put("speakerName", a.speakerNames());
            item.put("decisions", List.of(decision));
            return item;
        }).toList();
        forms.writeList(execution, Vars.SESSION_ITEMS, items);
    }
}
