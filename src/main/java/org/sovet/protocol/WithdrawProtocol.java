package org.sovet.protocol;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The draft goes back to the record: it is a draft again, and no signature of an earlier round stands on it. */
@Component("withdrawProtocol")
class WithdrawProtocol implements JavaDelegate {

    private final ProtocolMeeting bound;
    private final ProtocolService protocols;

    WithdrawProtocol(ProtocolMeeting bound, ProtocolService protocols) {
        this.bound = bound;
        this.protocols = protocols;
    }

    @Override
    public void execute(DelegateExecution execution) {
        protocols.withdraw(bound.of(execution));
    }
}
