package org.sovet.protocol;

import static org.sovet.protocol.ProtocolProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * A signer signs, or refuses with remarks; a refusal ends the round (the model's completion
 * condition) and sends the draft back to the secretary with the remarks.
 */
@Component("signProtocol")
class SignProtocol implements TaskListener {

    private final ProtocolMeeting bound;

    private final ProtocolService protocols;

    SignProtocol(ProtocolService protocols, ProtocolMeeting bound) {
        this.bound = bound;
        this.protocols = protocols;
    }

    @Override
    public void notify(DelegateTask task) {
        long meetingId = bound.of(task);
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String acting = authentication == null ? null : authentication.getUserId();
        Object decision = task.getVariable(Vars.SIGN_DECISION);
        if (ProtocolProcess.SIGN.equals(decision)) {
            protocols.sign(meetingId, task.getAssignee(), acting);
        } else if (ProtocolProcess.REFUSE.equals(decision)) {
            Object remarks = task.getVariable(Vars.REVIEW_REMARKS);
            if (remarks == null || remarks.toString().isBlank()) {
                throw new InputRejectedException("Напишите, что исправить в протоколе: секретарь увидит ваши замечания.");
            }
            if (acting != null && !acting.equals(task.getAssignee())) {
                throw new InputRejectedException("Отказаться от подписи может только сам подписант.");
            }
            task.setVariable(Vars.REFUSED, true);
        } else {
            throw new InputRejectedException("Выберите: подписать протокол или вернуть его секретарю с замечаниями.");
        }
        task.removeVariable(Vars.SIGN_DECISION);
    }
}
