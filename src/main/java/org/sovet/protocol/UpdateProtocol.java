package org.sovet.protocol;

import static org.sovet.protocol.ProtocolProcess.Vars;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.FormJson;
import org.springframework.stereotype.Component;

/** Stores the secretary's edits, re-renders the draft and opens a round of signatures. */
@Component("updateProtocol")
class UpdateProtocol implements JavaDelegate {

    private final ProtocolService protocols;
    private final ProtocolForms forms;

    UpdateProtocol(ProtocolService protocols, ProtocolForms forms) {
        this.protocols = protocols;
        this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = (Long) execution.getVariable(Vars.MEETING_ID);
        protocols.updateNarrative(meetingId, ProtocolForms.text(execution, Vars.OPENING),
                ProtocolForms.text(execution, Vars.CLOSING), forms.items(execution));
        var signers = new ArrayList<>(protocols.startSigning(meetingId));
        execution.setVariable(Vars.SIGNERS, FormJson.ids(signers));
        execution.setVariable(Vars.REFUSED, false);
    }
}
