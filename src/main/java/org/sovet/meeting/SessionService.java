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

    /** Stores who attended (see {@link Attendance} for the two parts); the quorum is left to the rule, if any can answer. */
    public Attendance recordAttendance(long meetingId, Attendance attendance, List<Guest> offeredGuests) {
        Meeting meeting = meetings.require(meetingId, MeetingStep.RECORD_ATTENDANCE);
        List<Guest> guests = offeredGuests.stream().filter(guest -> !guest.blank()).toList();
        List<String> voting = directory.councilMemberIds(meeting.clusterId());
        // the quorum of an earlier attendance of this meeting, still stored: an audience alone must not step round its absence
        boolean quorumMissed = sessions.quorum(meetingId).filter(quorum -> !quorum.reached()).isPresent();
        validator.checkAttendance(attendance, guests, new HashSet<>(voting), quorumMissed);
        Attendance stored = new Attendance(List.copyOf(new HashSet<>(attendance.memberIds())), attendance.membersCount(),
                blankToNull(attendance.audience()), attendance.audienceVoters());
        meetings.claim(sessions.recordAttendance(meetingId, stored, guests, voting.size(), null, MeetingStep.RECORD_ATTENDANCE),
                meetingId, MeetingStep.RECORD_ATTENDANCE);
        return stored;
    }

    void recordQuorum(long meetingId, Ruling quorum) {
        Meeting meeting = meetings.require(meetingId, MeetingStep.RECORD_ATTENDANCE);
        if (meeting.status() == MeetingStatus.CORRECTING && !quorum.result()) {
            // The session was held and decided; a correction cannot turn it into one that failed its quorum.
            throw new InputRejectedException("С исправленной явкой кворума нет, а заседание проведено и решения приняты."
                    + " Проверьте присутствующих: отметьте всех членов Совета, кто был на заседании.");
        }
        meetings.claim(sessions.recordQuorum(meetingId, quorum, MeetingStep.RECORD_ATTENDANCE), meetingId, MeetingStep.RECORD_ATTENDANCE);
    }

    /**
     * Validates the votes against who could vote and stores all. Adoption is decided by the council's DMN rules only
     * when the council members present were recorded: with the audience alone no quorum was established, so the
     * decisions stand as recorded («Решили») with their counts, and no rule is cited. With a joint vote (not null)
     * every decision carries its counts, and no decision may have its own.
     */
    public List<Decision> recordSession(long meetingId, String opening, String closing, List<SessionItem> items,
                                        SessionItem.DecisionDraft jointVote) {
        Meeting meeting = meetings.require(meetingId, MeetingStep.RECORD_SESSION);
        Attendance attendance = sessions.attendance(meetingId);
        Integer couldVote = attendance.couldVote();
        validator.checkSession(opening, closing, items, couldVote, meetings.agenda(meetingId).size());
        validator.checkJointVote(jointVote, items, couldVote);
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int d = 0; d < items.get(i).decisions().size(); d++) {
                var draft = items.get(i).decisions().get(d);
                String kind = draft.kind() == null ? "SIMPLE" : draft.kind();
                int[] votes = couldVote == null ? null : (jointVote == null ? draft : jointVote).votes(couldVote);
                // Without counts the council recorded it as decided («Решили»): the protocol says no more than that.
                Ruling adoption = votes == null || !attendance.membersRecorded() ? null
                        : rules.adopted(meeting.clusterId(), kind, votes[0], couldVote);
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
        // no decision among them: nothing to count
        validator.checkSession(opening, closing, asItems, null, agendaSize);
        meetings.claim(sessions.recordNarrative(meetingId, blankToNull(opening), blankToNull(closing), asItems, MeetingStep.EDIT_PROTOCOL),
                meetingId, MeetingStep.EDIT_PROTOCOL);
    }

    public Optional<Quorum> quorum(long meetingId) {
        return sessions.quorum(meetingId);
    }

    public List<Decision> decisions(long meetingId) {
        return sessions.decisions(meetingId);
    }

    public Attendance attendance(long meetingId) {
        return sessions.attendance(meetingId);
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
