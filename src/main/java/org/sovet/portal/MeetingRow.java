package org.sovet.portal;

import java.time.LocalDate;
import org.sovet.common.RussianDates;
import org.sovet.meeting.Meeting;

/**
 * A council meeting as the archive lists it: «№ 4», «18 декабря 2023», «очное», its theme and status, and
 * for a meeting held on paper who entered it afterwards (null otherwise), for a meeting ahead the members' answers
 * «Придут: 6, не придут: 1, не ответили: 3. Кворум ожидается.» (null otherwise).
 */
record MeetingRow(long id, int number, String date, String format, String theme, String statusTitle, String tone,
                  String entered, String expected) {

    static MeetingRow of(Meeting meeting, LocalDate day, String entered, String expected) {
        String tone = switch (meeting.status()) {
            case SIGNED -> "ok";
            case CANCELLED -> "off";
            case HELD, CORRECTING, SIGNING -> "warn";
            case PROPOSALS, AGENDA, INVITED -> "info";
        };
        return new MeetingRow(meeting.id(), meeting.protocolNumber(), RussianDates.longDate(day), meeting.format().title(),
                meeting.theme(), meeting.status().title(), tone, entered, expected);
    }
}
