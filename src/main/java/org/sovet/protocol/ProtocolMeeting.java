package org.sovet.protocol;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sovet.common.ProcessScope;
import org.sovet.meeting.Meeting;
import org.sovet.meeting.MeetingService;
import org.springframework.stereotype.Component;

/**
 * The meeting a protocol process is about: the one bound to the meeting process that called it.
 * A protocol process nobody's meeting called (started by hand) is about no meeting at all.
 */
@Component
class ProtocolMeeting {

    private final MeetingService meetings;

    ProtocolMeeting(MeetingService meetings) {
        this.meetings = meetings;
    }

    Meeting meeting(DelegateExecution execution) {
        return meetings.ofProcess(ProcessScope.rootInstanceId(execution), execution.getTenantId());
    }

    long of(DelegateExecution execution) {
        return meeting(execution).id();
    }

    long of(DelegateTask task) {
        return of(task.getExecution());
    }
}
