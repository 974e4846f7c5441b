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
        boolean enteredAfterwards) {}
