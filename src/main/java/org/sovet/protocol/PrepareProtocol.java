package org.sovet.protocol;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * In the session record's own transaction, before the asynchronous continuation that renders the draft: the
 * protocol is marked as being prepared, so its pages say so instead of showing nothing or an earlier draft.
 */
@Component("prepareProtocol")
class PrepareProtocol implements ExecutionListener {

    private final ProtocolMeeting bound;
    private final ProtocolService protocols;

    PrepareProtocol(ProtocolService protocols, ProtocolMeeting bound) {
        this.bound = bound;
        this.protocols = protocols;
    }

    @Override
    public void notify(DelegateExecution execution) {
        protocols.prepare(bound.of(execution));
    }
}
