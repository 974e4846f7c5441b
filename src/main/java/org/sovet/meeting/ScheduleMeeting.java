package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.FormJson;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/** Records the meeting with its protocol number and asks every voting member for agenda items. */
@Component("scheduleMeeting")
class ScheduleMeeting implements JavaDelegate {

    private final MeetingService meetings;
    private final MeetingForms forms;
    private final Directory directory;

    ScheduleMeeting(MeetingService meetings, MeetingForms forms, Directory directory) {
        this.meetings = meetings;
        this.forms = forms;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String clusterId = execution.getTenantId();
        if (clusterId == null) {
            throw new InputRejectedException("Заседание назначается в кластере: запустите процесс из списка процессов своего кластера.");
        }
        String secretary = (String) execution.getVariable(Vars.INITIATOR);
        Meeting meeting = meetings.schedule(clusterId, forms.request(execution), secretary == null ? "system" : secretary,
                execution.getProcessInstanceId());
        var zone = meetings.zone(clusterId);
        execution.setVariable(Vars.MEETING_ID, meeting.id());
        execution.setVariable(Vars.CLUSTER_ID, clusterId);
        execution.setVariable(Vars.CLUSTER_NAME, directory.cluster(clusterId).name());
        execution.setVariable(Vars.SUBJECT, "Заседание № " + meeting.protocolNumber() + " от "
                + RussianDates.shortDate(meeting.startsAt().atZone(zone).toLocalDate()));
        execution.setVariable(Vars.SECRETARY, secretary);
        execution.setVariable(Vars.SECRETARY_GROUP, CouncilRole.SECRETARY.groupId(clusterId));
        execution.setVariable(Vars.CHAIR_GROUP, CouncilRole.CHAIR.groupId(clusterId));
        execution.setVariable(Vars.PROPOSAL_DEADLINE, Date.from(meeting.proposalDeadline()));
        execution.setVariable(Vars.MEETING_START, Date.from(meeting.startsAt()));
        execution.setVariable(Vars.REMINDER_AT, Date.from(meetings.reminderAt(meeting)));
        execution.setVariable(Vars.REVIEW_REMARKS, null);
        var people = directory.councilMembers(clusterId);
        var members = new ArrayList<>(people.stream().map(Person::id).toList());
        forms.writeList(execution, Vars.MEMBER_OPTIONS, people.stream()
                .map(p -> java.util.Map.of("label", p.fullName() + (p.position() == null ? "" : ", " + p.position()), "value", p.id()))
                .toList());
        execution.setVariable(Vars.MEMBERS, FormJson.ids(members));
    }
}
