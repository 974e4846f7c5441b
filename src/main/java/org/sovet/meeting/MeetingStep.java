package org.sovet.meeting;

import static org.sovet.meeting.MeetingStatus.AGENDA;
import static org.sovet.meeting.MeetingStatus.CANCELLED;
import static org.sovet.meeting.MeetingStatus.CORRECTING;
import static org.sovet.meeting.MeetingStatus.HELD;
import static org.sovet.meeting.MeetingStatus.INVITED;
import static org.sovet.meeting.MeetingStatus.PROPOSALS;
import static org.sovet.meeting.MeetingStatus.SIGNED;
import static org.sovet.meeting.MeetingStatus.SIGNING;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sovet.common.ClosedRecordException;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;

/**
 * Every write to a meeting and the states it may happen in, in the order of council-meeting.bpmn
 * and meeting-protocol.bpmn. Anything else is refused, whatever meeting a process points at: a
 * signed or cancelled meeting for good.
 */
enum MeetingStep {
    PROPOSE("принимать предложения в повестку", PROPOSALS),
    SAVE_AGENDA("менять повестку", PROPOSALS, AGENDA),
    INVITE("рассылать приглашения", AGENDA),
    RESCHEDULE("переносить заседание", INVITED),
    SWITCH_TO_WRITING("переводить заседание в заочное голосование", INVITED),
    CANCEL("отменять заседание", INVITED),
    HOLD("отметить его проведённым", true, INVITED),
    RECORD_ATTENDANCE("отмечать присутствующих", true, INVITED, CORRECTING),
    RECORD_SESSION("записывать ход заседания и голосование", true, INVITED, CORRECTING),
    OPEN_WRITTEN_VOTE("открывать заочное голосование", true, INVITED),
    CAST_BALLOT("принимать бюллетени", true, INVITED),
    COUNT_BALLOTS("подсчитывать бюллетени", true, INVITED),
    EDIT_PROTOCOL("править запись заседания в протоколе", HELD, SIGNING),
    /** Back from the draft protocol to the session record (CORRECTING), the only way a recorded session is recorded again. */
    CORRECT_RECORD("возвращаться к записи заседания", HELD),
    SIGN("подписывать протокол", true, HELD, SIGNING),
    ADD_MATERIALS("добавлять материалы", PROPOSALS, AGENDA, INVITED, HELD, CORRECTING, SIGNING),
    MAIL_MEMBERS("рассылать письма о заседании", PROPOSALS, AGENDA, INVITED, HELD, SIGNING),
    MAIL_CANCELLATION("рассылать отмену заседания", CANCELLED);

    private final String action;
    private final boolean afterStart;
    private final Set<MeetingStatus> from;

    MeetingStep(String action, MeetingStatus first, MeetingStatus... more) {
        this(action, false, first, more);
    }

    /** A step marked afterStart happens in real life only once the meeting has begun. */
    MeetingStep(String action, boolean afterStart, MeetingStatus first, MeetingStatus... more) {
        this.action = action;
        this.afterStart = afterStart;
        this.from = EnumSet.of(first, more);
    }

    /** The states the step may happen in, as the WHERE clause of its write names them. */
    List<String> from() {
        return from.stream().map(Enum::name).toList();
    }

    Meeting check(Meeting meeting) {
        if (!from.contains(meeting.status())) {
            throw refusal(meeting);
        }
        return meeting;
    }

    /** Refused before the meeting's own date and time: nothing is held, voted or signed ahead of it. */
    Meeting checkBegun(Meeting meeting, Instant now, ZoneId zone) {
        if (afterStart && now.isBefore(meeting.startsAt())) {
            ZonedDateTime start = meeting.startsAt().atZone(zone);
            throw new InputRejectedException("Заседание начнётся " + RussianDates.longDate(start.toLocalDate()) + " в "
                    + start.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")) + ": " + action + " можно не раньше.");
        }
        return meeting;
    }

    InputRejectedException refusal(Meeting meeting) {
        String number = "Заседание № " + meeting.protocolNumber();
        if (meeting.status() == SIGNED) {
            return new ClosedRecordException(number + " закрыто: протокол подписан, изменить заседание нельзя.");
        }
        if (meeting.status() == CANCELLED) {
            return new ClosedRecordException(number + " закрыто: оно отменено, изменить его нельзя.");
        }
        return new InputRejectedException(number + " сейчас в состоянии «" + meeting.status().title() + "»: "
                + action + " в нём нельзя.");
    }
}
