package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/** Records the meeting with its protocol number and asks every voting member for agenda items. */
@Component("scheduleMeeting")
class ScheduleMeeting implements JavaDelegate {

    private final MeetingService meetings;
    private final MeetingScheduling scheduling;
    private final MeetingForms forms;
    private final Directory directory;
    private final MeetingCard card;
    private final DirectoryPicks picks;

    ScheduleMeeting(MeetingService meetings, MeetingScheduling scheduling, MeetingForms forms, Directory directory,
                    MeetingCard card, DirectoryPicks picks) {
        this.meetings = meetings;
        this.card = card;
        this.scheduling = scheduling;
        this.forms = forms;
        this.directory = directory;
        this.picks = picks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String clusterId = execution.getTenantId();
        if (clusterId == null) {
            throw new InputRejectedException("Заседание назначается в кластере: запустите процесс из списка процессов своего кластера.");
        }
        // the engine names the initiator from the login that started the process; only a secretary schedules
        String secretary = (String) execution.getVariable(Vars.INITIATOR);
        if (secretary == null || !directory.rolesOf(secretary, clusterId).contains(CouncilRole.SECRETARY)) {
            throw new InputRejectedException("Заседание назначает секретарь Координационного Совета кластера.");
        }
        var scheduled = scheduling.schedule(clusterId, forms.request(execution), secretary, execution.getProcessInstanceId());
        Meeting meeting = scheduled.meeting();
        execution.setVariable(Vars.MEETING_ID, meeting.id());
        execution.setVariable(Vars.CLUSTER_ID, clusterId);
        execution.setVariable(Vars.CLUSTER_NAME, directory.cluster(clusterId).name());
        execution.setVariable(Vars.SUBJECT, "Заседание № " + meeting.protocolNumber() + " от "
                + RussianDates.shortDate(meetings.day(meeting)));
        card.show(execution, meeting);
        execution.setVariable(Vars.PROPOSAL_DEADLINE, Date.from(meeting.proposalDeadline()));
        execution.setVariable(Vars.MEETING_START, Date.from(meeting.startsAt()));
        execution.setVariable(Vars.PROPOSAL_NOTE, scheduled.proposalNote());
        execution.setVariable(Vars.REVIEW_REMARKS, null);
        var people = directory.councilMembers(clusterId);
        forms.writeList(execution, Vars.MEMBER_OPTIONS, people.stream()
                // a list of people: the list form of a name, «Воронцов А.Н. — директор …»
                .map(p -> java.util.Map.of("label", p.surnameAndInitials() + (p.position() == null ? "" : " — " + p.position()), "value", p.id()))
                .toList());
        forms.writeList(execution, Vars.PEOPLE_OPTIONS, picks.options(clusterId));
    }
}
