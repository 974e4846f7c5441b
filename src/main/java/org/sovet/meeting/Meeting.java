package org.sovet.meeting;

import java.time.Instant;

/** A council meeting as stored in the meeting table. */
public record Meeting(
        long id,
        String clusterId,
        Long plannedMeetingId,
        String numberingPeriod,
        int protocolNumber,
        Instant startsAt,
        int durationMinutes,
        MeetingFormat format,
        String place,
        String link,
        Instant votingDeadline,
        String theme,
        String organizers,
        Instant proposalDeadline,
        MeetingStatus status,
        int calendarSequence,
        String processInstanceId,
        String createdBy,
        Entered entered) {

    /** Who entered a meeting held on paper afterwards, and when; null for a meeting scheduled ahead. */
    public record Entered(String by, Instant at) {}

    public boolean enteredAfterwards() {
        return entered != null;
    }
}
