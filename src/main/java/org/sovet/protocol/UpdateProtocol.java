package org.sovet.protocol;

import static org.sovet.protocol.ProtocolProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the secretary's edits and annexes, re-renders the draft and opens a round of signatures. */
@Component("updateProtocol")
class UpdateProtocol implements JavaDelegate {

    private final ProtocolMeeting bound;

    private final ProtocolService protocols;
    private final ProtocolForms forms;
    private final Annexes annexes;

    UpdateProtocol(ProtocolService protocols, ProtocolForms forms, Annexes annexes, ProtocolMeeting bound) {
        this.annexes = annexes;
        this.bound = bound;
        this.protocols = protocols;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        DecisionsLayout layout = DecisionsLayout.of(ProtocolForms.text(execution, Vars.DECISIONS_LAYOUT));
        if (layout != null) {
            protocols.chooseDecisionsLayout(meetingId, layout);
        }
        annexes.choose(meetingId, forms.annexes(execution));
        // a draft returned by a signer offers the materials uploaded since, too
        forms.writeAnnexes(execution, annexes.formRows(meetingId));
        protocols.updateNarrative(meetingId, ProtocolForms.text(execution, Vars.OPENING),
                ProtocolForms.text(execution, Vars.CLOSING), forms.items(execution));
        protocols.startSigning(meetingId);
        execution.setVariable(Vars.REFUSED, false);
    }
}
