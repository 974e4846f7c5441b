package org.sovet.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.meeting.MeetingProcess.Vars;
import org.springframework.stereotype.Service;

/** A council meeting's life after scheduling ({@link MeetingScheduling}): proposals, agenda, state, lookups. */
@Service
public class MeetingService {

    /** Deadlines (proposals, written votes) end at the close of the working day. */
    static final LocalTime DEADLINE_TIME = LocalTime.of(18, 0);

    private final MeetingRepository meetings;
    private final MeetingValidator validator;
    private final ProtocolNumbers numbers;
    private final Directory directory;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MeetingValidator validator, ProtocolNumbers numbers, Directory directory,
                   Clock clock) {
        this.meetings = meetings;
        this.validator = validator;
        this.numbers = numbers;
        this.directory = directory;
        this.clock = clock;
    }

    public void propose(long meetingId, String member, List<AgendaEntry> proposals) {
        Meeting meeting = require(meetingId, MeetingStep.PROPOSE);
        if (!clock.instant().isBefore(meeting.proposalDeadline())) {
            throw new InputRejectedException("Приём предложений в повестку закрыт "
                    + RussianDates.shortDate(meeting.proposalDeadline().atZone(zone(meeting.clusterId())).toLocalDate()) + ".");
        }
        validator.checkAgendaEntries(proposals, "Предложение", null, false);
        proposals.forEach(p -> meetings.addProposal(meetingId, member, p, clock.instant()));
    }

    public List<AgendaEntry> proposals(long meetingId) {
        return meetings.proposals(meetingId);
    }

    public void checkAgenda(List<AgendaEntry> agenda) {
        validator.checkAgendaEntries(agenda, "Вопрос", Vars.AGENDA, true);
    }

    public void saveAgenda(long meetingId, List<AgendaEntry> agenda) {
        checkAgenda(agenda);
        claim(meetings.status(meetingId, MeetingStatus.AGENDA, MeetingStep.SAVE_AGENDA), meetingId, MeetingStep.SAVE_AGENDA);
        meetings.replaceAgenda(meetingId, agenda);
    }

    public List<AgendaEntry> agenda(long meetingId) {
        return meetings.agenda(meetingId);
    }

    public void markSigned(long meetingId) {
        claim(meetings.status(meetingId, MeetingStatus.SIGNED, MeetingStep.SIGN), meetingId, MeetingStep.SIGN);
    }

    public void markHeld(long meetingId) {
        claim(meetings.status(meetingId, MeetingStatus.HELD, MeetingStep.RECORD_SESSION), meetingId, MeetingStep.RECORD_SESSION);
    }

    public void markInvited(long meetingId) {
        claim(meetings.status(meetingId, MeetingStatus.INVITED, MeetingStep.INVITE), meetingId, MeetingStep.INVITE);
    }

    public Meeting reschedule(long meetingId, LocalDate date, LocalTime time) {
        Meeting meeting = require(meetingId, MeetingStep.RESCHEDULE);
        ZoneId zone = zone(meeting.clusterId());
        MeetingRequest request = new MeetingRequest(date, time, meeting.durationMinutes(), meeting.format(), meeting.place(),
                meeting.link(), meeting.votingDeadline() == null ? date : meeting.votingDeadline().atZone(zone).toLocalDate(),
                meeting.theme(), meeting.organizers(), null, null, false);
        validator.checkSchedule(request, zone);
        claim(meetings.reschedule(meetingId, date.atTime(request.startTime()).atZone(zone).toInstant()), meetingId,
                MeetingStep.RESCHEDULE);
        return meeting(meetingId);
    }

    /** Without a quorum the council may decide in writing instead, by the given deadline. */
    public Meeting switchToWriting(long meetingId, LocalDate deadline) {
        Meeting meeting = require(meetingId, MeetingStep.SWITCH_TO_WRITING);
        ZoneId zone = zone(meeting.clusterId());
        if (deadline == null || !deadline.isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new InputRejectedException("Срок заочного голосования — не раньше завтрашнего дня.");
        }
        claim(meetings.switchToWriting(meetingId, deadline.atTime(DEADLINE_TIME).atZone(zone).toInstant()), meetingId,
                MeetingStep.SWITCH_TO_WRITING);
        return meeting(meetingId);
    }

    /** A council that numbers protocols, not announced meetings, gets the number back if none was given after it. */
    public Meeting cancel(long meetingId) {
        Meeting meeting = require(meetingId, MeetingStep.CANCEL);
        boolean release = directory.settings(meeting.clusterId()).cancelledFreeNumbers()
                && numbers.release(meeting.clusterId(), meeting.numberingPeriod(), meeting.protocolNumber());
        claim(meetings.cancel(meetingId, release), meetingId, MeetingStep.CANCEL);
        return meeting(meetingId);
    }

    /** The meeting, if the protocol may still be drafted and edited: held, not yet signed. */
    public Meeting awaitingProtocol(long meetingId) {
        return require(meetingId, MeetingStep.EDIT_PROTOCOL);
    }

    /** Holding is chosen only once the meeting has begun, whatever client submitted the choice. */
    public void checkHold(long meetingId) {
        require(meetingId, MeetingStep.HOLD);
    }

    /** A protocol is signed after its meeting has begun, so no signature is dated before it. */
    public void checkSignable(long meetingId) {
        Meeting meeting = meeting(meetingId);
        MeetingStep.SIGN.checkBegun(meeting, clock.instant(), zone(meeting.clusterId()));
    }

    /** The meeting, refused unless it stands where the step happens and, for steps of the day itself, has begun. */
    Meeting require(long meetingId, MeetingStep step) {
        Meeting meeting = step.check(meeting(meetingId));
        return step.checkBegun(meeting, clock.instant(), zone(meeting.clusterId()));
    }

    /** A write names the step's states in its WHERE clause; nothing written means the meeting stands elsewhere. */
    void claim(boolean written, long meetingId, MeetingStep step) {
        if (!written) {
            throw step.refusal(meeting(meetingId));
        }
    }

    public Meeting meeting(long meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new InputRejectedException("Заседание № " + meetingId + " не найдено."));
    }

    /**
     * The meeting a process is about: the one bound to it at scheduling, in the process's own
     * cluster. A variable naming a meeting is no proof: a person could have written it.
     */
    public Meeting ofProcess(String processInstanceId, String clusterId) {
        return meetings.findByProcess(processInstanceId).filter(meeting -> meeting.clusterId().equals(clusterId))
                .orElseThrow(() -> new InputRejectedException("Этот процесс не относится ни к одному заседанию кластера."));
    }

    public List<Meeting> ofCluster(String clusterId) {
        return meetings.ofCluster(clusterId);
    }

    /** When the reminder goes out: the council's days before the start, fitted to the mail just sent ({@link LeadTimes}). */
    public Instant reminderAt(Meeting meeting) {
        return LeadTimes.reminder(meeting.startsAt(), Duration.ofDays(directory.settings(meeting.clusterId()).reminderDays()),
                clock.instant());
    }

    public ZoneId zone(String clusterId) {
        return ZoneId.of(directory.cluster(clusterId).timeZone());
    }

    /** The meeting's day in its council's time zone: the date members know it by («№ 3 от 18 декабря»). */
    public LocalDate day(Meeting meeting) {
        return meeting.startsAt().atZone(zone(meeting.clusterId())).toLocalDate();
    }
}
