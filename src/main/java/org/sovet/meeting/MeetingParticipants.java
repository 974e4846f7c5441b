package org.sovet.meeting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/** Who the meeting model's steps are for, read from the meeting record and the directory, never from variables. */
@Component("meetingParticipants")
public class MeetingParticipants {

    private final BoundMeeting bound;
    private final WrittenVoteService votes;
    private final Directory directory;

    MeetingParticipants(BoundMeeting bound, WrittenVoteService votes, Directory directory) {
        this.bound = bound;
        this.votes = votes;
        this.directory = directory;
    }

    /** The secretary who scheduled the meeting; the cluster's other secretaries may take her tasks. */
    public String secretary(DelegateExecution execution) {
        return bound.meeting(execution).createdBy();
    }

    /** The council's voting members as the directory has them now. */
    public List<String> members(DelegateExecution execution) {
        return directory.councilMemberIds(bound.meeting(execution).clusterId());
    }

    public List<String> nonVoters(DelegateExecution execution) {
        return votes.nonVoters(bound.of(execution));
    }
}
