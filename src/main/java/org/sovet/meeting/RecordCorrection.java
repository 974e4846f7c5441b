package org.sovet.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Service;

/**
 * Going back from the draft protocol to the session record: attendance, guests, what was heard,
 * the decisions and their votes are recorded again, through the same steps, before anyone signs.
 */
@Service
public class RecordCorrection {

    private final MeetingService meetings;
    private final MeetingRepository repository;
    private final SessionService sessions;

    RecordCorrection(MeetingService meetings, MeetingRepository repository, SessionService sessions) {
        this.meetings = meetings;
        this.repository = repository;
        this.sessions = sessions;
    }

    /**
     * Refused for a meeting in writing: its votes are the members' ballots and its decisions the texts
     * they voted on; what the secretary wrote besides is the narrative, edited in the draft itself.
     */
    public void checkCorrectable(long meetingId) {
        Meeting meeting = meetings.require(meetingId, MeetingStep.CORRECT_RECORD);
        if (meeting.format() == MeetingFormat.IN_WRITING) {
            throw new InputRejectedException("Заседание № " + meeting.protocolNumber() + " заочное: голоса — это бюллетени членов"
                    + " Совета, решения — тексты, за которые они голосовали, исправить их нельзя. Вступление, «Слушали»,"
                    + " «Выступили» и заключение правятся здесь, в проекте протокола.");
        }
    }

    /** The meeting stands CORRECTING until the session is recorded again (then HELD, with a new draft). */
    void reopen(long meetingId) {
        checkCorrectable(meetingId);
        meetings.claim(repository.status(meetingId, MeetingStatus.CORRECTING, MeetingStep.CORRECT_RECORD), meetingId,
                MeetingStep.CORRECT_RECORD);
    }

    boolean correcting(long meetingId) {
        return meetings.meeting(meetingId).status() == MeetingStatus.CORRECTING;
    }

    /** The one vote on all decisions as recorded, if the council voted so: any decision carries its counts. */
    Optional<Decision> recordedJointVote(long meetingId) {
        return sessions.decisions(meetingId).stream().filter(Decision::votedTogether).findFirst();
    }

    /** The session as recorded, in the session form's shape: the form opens with it instead of a blank agenda. */
    List<SessionItem> recordedItems(long meetingId) {
        List<AgendaEntry> agenda = meetings.agenda(meetingId);
        List<ItemRecord> records = sessions.itemRecords(meetingId);
        List<Decision> decisions = sessions.decisions(meetingId);
        List<SessionItem> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            int position = i;
            ItemRecord record = i < records.size() ? records.get(i) : new ItemRecord(null, null);
            // a decision voted on with all the others has no counts of its own: the joint vote carries them
            items.add(new SessionItem(agenda.get(i).title(), agenda.get(i).speakerNames(), record.heard(), record.spoke(),
                    decisions.stream().filter(d -> d.itemPosition() == position)
                            .map(d -> d.votedTogether()
                                    ? new SessionItem.DecisionDraft(d.text(), d.kind(), null, null, null, d.owner(), d.due(), null)
                                    : new SessionItem.DecisionDraft(d.text(), d.kind(), d.votesFor(), d.votesAgainst(),
                                            d.votesAbstain(), d.owner(), d.due(), null))
                            .toList()));
        }
        return items;
    }
}
