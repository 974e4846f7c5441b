package org.sovet.protocol;

import static org.sovet.protocol.ProtocolProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.meeting.MeetingFormat;
import org.springframework.stereotype.Component;

/** Drafts the protocol from the record and offers its narrative and the meeting's materials (to number as annexes) to the secretary. */
@Component("assembleProtocol")
class AssembleProtocol implements JavaDelegate {

    private final ProtocolMeeting bound;

    private final ProtocolService protocols;
    private final ProtocolForms forms;
    private final Annexes annexes;

    AssembleProtocol(ProtocolService protocols, ProtocolForms forms, Annexes annexes, ProtocolMeeting bound) {
        this.annexes = annexes;
        this.bound = bound;
        this.protocols = protocols;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        protocols.draft(meetingId);
        forms.writeNarrative(execution, meetingId);
        forms.writeAnnexes(execution, annexes.formRows(meetingId));
        execution.setVariable(Vars.DECISIONS_LAYOUT, protocols.decisionsLayout(meetingId).name());
        execution.setVariable(Vars.REFUSED, false);
        execution.setVariable(Vars.REVIEW_REMARKS, null);
        execution.setVariable(Vars.CORRECTABLE, bound.meeting(execution).format() != MeetingFormat.IN_WRITING);
    }
}
