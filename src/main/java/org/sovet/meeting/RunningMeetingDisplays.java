package org.sovet.meeting;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovet.common.FormJson;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Meetings already under way when a new version starts get what today's forms show — the meeting
 * card and the directory's people to pick — written from their record, so their tasks do not open
 * with an empty card or an empty list. Only what is missing is written: the record stays the source.
 */
@Component
class RunningMeetingDisplays {

    private static final Logger LOG = LoggerFactory.getLogger(RunningMeetingDisplays.class);

    private final RuntimeService runtime;
    private final MeetingRepository meetings;
    private final MeetingService service;
    private final DirectoryPicks picks;
    private final FormJson writer;

    RunningMeetingDisplays(RuntimeService runtime, MeetingRepository meetings, MeetingService service, DirectoryPicks picks,
                           FormJson writer) {
        this.runtime = runtime;
        this.meetings = meetings;
        this.service = service;
        this.picks = picks;
        this.writer = writer;
    }

    /** After the start-up's deployment and migration (an ApplicationRunner), before anyone opens a task. */
    @EventListener(ApplicationReadyEvent.class)
    void fillIn() {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY).active().list()) {
            meetings.findByProcess(instance.getId())
                    .filter(meeting -> meeting.clusterId().equals(instance.getTenantId()))
                    .ifPresent(meeting -> fillInQuietly(instance, meeting));
        }
    }

    /** A display is no reason to stop a start-up: another node filling the same meeting at once wins, and that is fine. */
    private void fillInQuietly(ProcessInstance instance, Meeting meeting) {
        try {
            fillIn(instance, meeting);
        } catch (ProcessEngineException concurrent) {
            LOG.info("Meeting {}: its card was not filled in at start-up ({})", meeting.id(), concurrent.getMessage());
        }
    }

    private void fillIn(ProcessInstance instance, Meeting meeting) {
        String card = MeetingCard.text(meeting, service.zone(meeting.clusterId()));
        setIfMissing(instance.getId(), MeetingProcess.Vars.CARD, card);
        setIfMissing(instance.getId(), MeetingProcess.Vars.PEOPLE_OPTIONS, writer.json(picks.options(meeting.clusterId())));
        // the protocol's steps run in a called instance, which received the card when it was called
        runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).active().list()
                .forEach(called -> setIfMissing(called.getId(), MeetingProcess.Vars.CARD, card));
    }

    private void setIfMissing(String instanceId, String variable, Object value) {
        if (runtime.getVariable(instanceId, variable) == null) {
            runtime.setVariable(instanceId, variable, value);
        }
    }
}
