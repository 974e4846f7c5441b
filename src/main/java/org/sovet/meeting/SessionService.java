package org.sovet.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Service;

/** Records a held session: attendance, what was heard, the decisions and their votes. */
@Service
public class SessionService {

    private final MeetingService meetings;
    private final SessionRepository sessions;
    private final SessionValidator validator;
    private final Directory directory;
    private final CouncilRules rules;

    SessionService(MeetingService meetings, SessionRepository sessions, SessionValidator validator, Directory directory,
                   CouncilRules rules) {
        this.meetings = meetings;
        this.sessions = sessions;
        this.validator = validator;
        this.directory = directory;
        this.rules = rules;
    }

    /** Stores who attended; returns the number of voting members and of those present. */
    public int[] recordAttendance(long meetingId, List<String> present, List<Guest> guests, String note) {
        Meeting meeting = meetings.require(meetingId, MeetingStep.RECORD_ATTENDANCE);
        List<String> voting = directory.councilMemberIds(meeting.clusterId());
        validator.checkAttendance(present, guests, note, new HashSet<>(voting));
        meetings.claim(sessions.recordAttendance(meetingId, List.copyOf(new HashSet<>(present)), guests, blankToNull(note), voting.size(),
                null, MeetingStep.RECORD_ATTENDANCE), meetingId, MeetingStep.RECORD_ATTENDANCE);
        return new int[] {voting.size(), new HashSet<>(present).size()};
    }

    void recordQuorum(long meetingId, Ruling quorum) {
        Meeting meeting = meetings.require(meetingId, MeetingStep.RECORD_ATTENDANCE);
        if (meeting.status() == MeetingStatus.CORRECTING && !quorum.result()) {
            // The session was held and decided; a correction cannot turn it into one that failed its quorum.
            throw new InputRejectedException("С исправленной явкой кворума нет, а заседание проведено и решения приняты."
                    + " Проверьте присутствующих: отметьте всех членов Совета, кто был на заседании.");
        }
        var present = sessions.attendees(meetingId);
        meetings.claim(sessions.recordAttendance(meetingId, present, sessions.guests(meetingId), sessions.narrative(meetingId).attendanceNote(),
                directory.councilMembers(meeting.clusterId()).size(), quorum, MeetingStep.RECORD_ATTENDANCE), meetingId, MeetingStep.RECORD_ATTENDANCE);
    }

    /**
     * Validates the votes against those present, decides adoption by the council's DMN rules and stores all.
     * With a joint vote (not null) every decision carries its counts, and no decision may have its own.
     */
    public List<Decision> recordSession(long meetingId, String opening, String closing, List<SessionItem> items,
                                        SessionItem.DecisionDraft jointVote) {
        Meeting meeting = meetings.require(meetingId, MeetingStep.RECORD_SESSION);
        int presentVoting = sessions.attendees(meetingId).size();
        validator.checkSession(opening, closing, items, presentVoting, meetings.agenda(meetingId).size());
        validator.checkJointVote(jointVote, items, presentVoting);
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int d = 0; d < items.get(i).decisions().size(); d++) {
                var draft = items.get(i).decisions().get(d);
                String kind = draft.kind() == null ? "SIMPLE" : draft.kind();
                int[] votes = (jointVote == null ? draft : jointVote).votes(presentVoting);
                // Without counts the council recorded it as decided («Решили»): the protocol says no more than that.
                Ruling adoption = votes == null ? null : rules.adopted(meeting.clusterId(), kind, votes[0], presentVoting);
                decisions.add(new Decision(0, i, d, draft.text().trim(), kind, votes == null ? null : votes[0],
                        votes == null ? null : votes[1], votes == null ? null : votes[2], adoption == null || adoption.result(),
                        adoption == null ? null : adoption.ruleVersion(), blankToNull(draft.owner()),
                        blankToNull(draft.due()), RussianDates.dueDate(draft.due()), jointVote != null));
            }
        }
        meetings.claim(sessions.recordNarrative(meetingId, blankToNull(opening), blankToNull(closing), items, MeetingStep.RECORD_SESSION),
                meetingId, MeetingStep.RECORD_SESSION);
        sessions.replaceDecisions(meetingId, decisions);
        return sessions.decisions(meetingId);
    }

    /** The secretary's edits of the narrative while the protocol is a draft; votes stay as recorded. */
    public void updateNarrative(long meetingId, String opening, String closing, List<ItemRecord> items) {
        meetings.require(meetingId, MeetingStep.EDIT_PROTOCOL);
        int agendaSize = meetings.agenda(meetingId).size();
        List<SessionItem> asItems = items.stream().map(i -> new SessionItem(null, null, i.heard(), i.spoke(), List.of())).toList();
        validator.checkSession(opening, closing, asItems, Integer.MAX_VALUE, agendaSize);
        meetings.claim(sessions.recordNarrative(meetingId, blankToNull(opening), blankToNull(closing), asItems, MeetingStep.EDIT_PROTOCOL),
                meetingId, MeetingStep.EDIT_PROTOCOL);
    }

    public Optional<Quorum> quorum(long meetingId) {
        return sessions.quorum(meetingId);
    }

    public List<Decision> decisions(long meetingId) {
        return sessions.decisions(meetingId);
    }

    public List<String> attendees(long meetingId) {
        return sessions.attendees(meetingId);
    }

    public List<Guest> guests(long meetingId) {
        return sessions.guests(meetingId);
    }

    public SessionNarrative narrative(long meetingId) {
        return sessions.narrative(meetingId);
    }

    public List<ItemRecord> itemRecords(long meetingId) {
        return sessions.itemRecords(meetingId);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
