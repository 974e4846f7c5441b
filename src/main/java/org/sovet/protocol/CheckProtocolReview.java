package org.sovet.protocol;

import static org.sovet.protocol.ProtocolProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.meeting.Meeting;
import org.sovet.meeting.RecordCorrection;
import org.springframework.stereotype.Component;

/**
 * The secretary's choice on the draft: on to the signers, or back to the session record. Only a
 * secretary of the council may go back, and only where the record may be corrected; the model's
 * gateway reads the choice as checked here.
 */
@Component("checkProtocolReview")
class CheckProtocolReview implements TaskListener {

    private final ProtocolMeeting bound;
    private final RecordCorrection correction;
    private final Directory directory;

    CheckProtocolReview(ProtocolMeeting bound, RecordCorrection correction, Directory directory) {
        this.bound = bound;
        this.correction = correction;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        Object action = task.getVariable(Vars.REVIEW_ACTION);
        boolean correct = ProtocolProcess.CORRECT.equals(action);
        if (!correct && action != null && !ProtocolProcess.TO_SIGNING.equals(action)) {
            throw new InputRejectedException("Выберите: передать протокол на подпись или вернуться к записи заседания.");
        }
        if (correct) {
            Meeting meeting = bound.meeting(task.getExecution());
            var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            String acting = authentication == null ? null : authentication.getUserId();
            if (acting != null && !directory.rolesOf(acting, meeting.clusterId()).contains(CouncilRole.SECRETARY)) {
                throw new InputRejectedException("Вернуться к записи заседания может только секретарь Совета.");
            }
            correction.checkCorrectable(meeting.id());
        }
        task.setVariable(Vars.CORRECTING, correct);
    }
}
