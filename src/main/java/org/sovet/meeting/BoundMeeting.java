package org.sovet.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The meeting a step of the meeting model is about: bound to its process at scheduling, never a variable. */
@Component
class BoundMeeting {

    private final MeetingService meetings;

    BoundMeeting(MeetingService meetings) {
        this.meetings = meetings;
    }

    Meeting meeting(DelegateExecution execution) {
        return meetings.ofProcess(execution.getProcessInstanceId(), execution.getTenantId());
    }

    long of(DelegateExecution execution) {
        return meeting(execution).id();
    }

    long of(DelegateTask task) {
        return meetings.ofProcess(task.getProcessInstanceId(), task.getTenantId()).id();
    }
}
