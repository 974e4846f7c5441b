package org.sovet.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the secretary fills in to schedule a meeting; the protocol number only to continue a council's own
 * numbering; enteredAfterwards for a meeting already held on paper, whose date lies in the past.
 */
public record MeetingRequest(
        LocalDate date,
        LocalTime time,
        Integer durationMinutes,
        MeetingFormat format,
        String place,
        String link,
        LocalDate votingDeadline,
        String theme,
        String organizers,
        LocalDate proposalDeadline,
        Integer protocolNumber,
        boolean enteredAfterwards) {

    /** A written meeting needs no hour (its members vote by the deadline): without one, its day begins it. */
    LocalTime startTime() {
        return time == null && format == MeetingFormat.IN_WRITING ? LocalTime.MIDNIGHT : time;
    }
}
