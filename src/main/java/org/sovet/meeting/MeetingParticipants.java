package org.sovet.meeting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/** Who the meeting model's steps are for, read from the meeting record and the directory, never from variables. */
@Component("meetingParticipants")
public class MeetingParticipants {

    private final MeetingService meetings;
    private final WrittenVoteService votes;
    private final Directory directory;

    MeetingParticipants(MeetingService meetings, WrittenVoteService votes, Directory directory) {
        this.meetings = meetings;
        this.votes = votes;
        this.directory = directory;
    }

    /** The secretary who scheduled the meeting; the cluster's other secretaries may take her tasks. */
    public String secretary(DelegateExecution execution) {
        return meeting(execution).createdBy();
    }

    /** The council's voting members as the directory has them now. */
    public List<String> members(DelegateExecution execution) {
        return directory.councilMembers(meeting(execution).clusterId()).stream().map(Person::id).toList();
    }

    public List<String> nonVoters(DelegateExecution execution) {
        return votes.nonVoters(meeting(execution).id());
    }

    private Meeting meeting(DelegateExecution execution) {
        return meetings.ofProcess(execution.getProcessInstanceId(), execution.getTenantId());
    }
}
