package org.sovet.protocol;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.meeting.Meeting;
import org.springframework.stereotype.Component;

/** Who the protocol model's steps are for, read from the meeting record and the directory, never from variables. */
@Component("protocolParticipants")
public class ProtocolParticipants {

    private final ProtocolMeeting bound;
    private final ProtocolService protocols;
    private final Directory directory;

    ProtocolParticipants(ProtocolMeeting bound, ProtocolService protocols, Directory directory) {
        this.bound = bound;
        this.protocols = protocols;
        this.directory = directory;
    }

    public String secretary(DelegateExecution execution) {
        return bound.meeting(execution).createdBy();
    }

    /** Chair and secretary, or curator and secretary (the council's setting); the secretary alone in writing. */
    public List<String> signers(DelegateExecution execution) {
        return protocols.signerIds(bound.meeting(execution).id());
    }

    public List<String> members(DelegateExecution execution) {
        Meeting meeting = bound.meeting(execution);
        return directory.councilMembers(meeting.clusterId()).stream().map(Person::id).toList();
    }
}
