package org.sovet.protocol;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.sovet.directory.Directory;
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
        return protocols.signerIds(bound.of(execution));
    }

    public List<String> members(DelegateExecution execution) {
        return directory.councilMemberIds(bound.meeting(execution).clusterId());
    }
}
