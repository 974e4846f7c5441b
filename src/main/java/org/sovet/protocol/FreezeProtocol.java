package org.sovet.protocol;

import static org.sovet.protocol.ProtocolProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** All have signed: the protocol is frozen with its SHA-256 and the decisions become assignments. */
@Component("freezeProtocol")
class FreezeProtocol implements JavaDelegate {

    private final ProtocolMeeting bound;

    private final ProtocolService protocols;

    FreezeProtocol(ProtocolService protocols, ProtocolMeeting bound) {
        this.bound = bound;
        this.protocols = protocols;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        execution.setVariable(Vars.SHA256, protocols.freeze(meetingId));
        protocols.recordAssignments(meetingId);
    }
}
