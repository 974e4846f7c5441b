package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/**
 * The first draft of the agenda: the report on earlier decisions, then the members' proposals; and for the
 * secretary, who answered «Предложений нет» and who did not answer.
 */
@Component("prepareAgenda")
class PrepareAgenda implements JavaDelegate {

    private final BoundMeeting bound;

    private final MeetingService meetings;
    private final MeetingForms forms;
    private final FollowUpAgendaItem followUp;
    private final ProposalAnswers answers;
    private final Directory directory;

    PrepareAgenda(MeetingService meetings, MeetingForms forms, FollowUpAgendaItem followUp, ProposalAnswers answers,
                  Directory directory, BoundMeeting bound) {
        this.bound = bound;
        this.meetings = meetings;
        this.forms = forms;
        this.followUp = followUp;
        this.answers = answers;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = bound.of(execution);
        var agenda = new ArrayList<AgendaEntry>();
        followUp.forMeeting(meetings.meeting(meetingId)).ifPresent(agenda::add);
        agenda.addAll(meetings.proposals(meetingId));
        forms.writeEntries(execution, Vars.AGENDA, agenda);
        execution.setVariable(Vars.PROPOSAL_ANSWERS, answered(meetingId, execution.getTenantId()));
    }

    /** «Ответили «Предложений нет»: …» and «Не ответили: …», each only when someone is in it; null when all proposed. */
    private String answered(long meetingId, String clusterId) {
        List<String> none = answers.answeredNone(meetingId);
        List<String> proposers = answers.proposers(meetingId);
        List<Person> members = directory.councilMembers(clusterId);
        List<String> parts = new ArrayList<>();
        String said = names(members.stream().filter(p -> none.contains(p.id())).toList());
        String silent = names(members.stream().filter(p -> !none.contains(p.id()) && !proposers.contains(p.id())).toList());
        if (!said.isEmpty()) {
            parts.add("**Ответили «Предложений нет»:** " + said + ".");
        }
        if (!silent.isEmpty()) {
            parts.add("**Не ответили:** " + silent + ".");
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::surnameAndInitials).collect(Collectors.joining(", "));
    }
}
