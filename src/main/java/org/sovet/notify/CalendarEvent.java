package org.sovet.notify;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting as calendar programs see it. The uid never changes for one meeting; the sequence
 * grows with every change, so a calendar replaces its entry instead of adding another. A meeting
 * without a duration (a written vote has no hour) is a whole-day event on its date.
 */
public record CalendarEvent(String uid, int sequence, ZonedDateTime start, Duration duration, String summary,
                            String description, String location, String url, String organizerName,
                            String organizerEmail, List<Attendee> attendees) {

    /** @param coming the member's answer «Приду / Не приду» so far; null when none: the calendar asks */
    public record Attendee(String name, String email, Boolean coming) {

        public Attendee(String name, String email) {
            this(name, email, null);
        }
    }
}
