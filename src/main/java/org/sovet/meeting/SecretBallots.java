package org.sovet.meeting;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * A member's written ballot is private. The choices are kept once, in the ballot table the count
 * reads; Camunda's history would keep them again for every reader of history (Cockpit, REST,
 * supervisors), so the history of the ballot variable and form field is not written.
 */
@Component
class SecretBallots extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new WithoutBallots());
    }

    static boolean isBallot(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable && MeetingProcess.Vars.BALLOT.equals(variable.getVariableName())
                || event instanceof HistoricFormPropertyEventEntity field && MeetingProcess.Vars.BALLOT.equals(field.getPropertyId());
    }

    /** The engine's own database history, less the ballots. */
    static final class WithoutBallots extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isBallot(event)) {
                super.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
