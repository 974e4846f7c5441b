package org.sovet.meeting;

import java.time.Duration;
import java.time.Instant;

/**
 * The time the steps before an event get, whatever time is left when they start: members propose
 * agenda items for a working day at least, and a reminder never follows its own invitation within
 * hours nor comes so late that it reminds of nothing.
 */
final class LeadTimes {

    /** Shorter than this, a proposal window is no window: members read their mail once a day. */
    static final Duration PROPOSAL_WINDOW = Duration.ofHours(24);
    /** A reminder comes no sooner than this after the mail it reminds of. */
    static final Duration QUIET_AFTER_MAIL = Duration.ofHours(12);
    /** A reminder later than this before the event is useless: the member has already planned the day. */
    static final Duration LAST_USEFUL = Duration.ofHours(3);

    private LeadTimes() {}

    /**
     * When to remind of an event, the configured time before it; the event itself when no reminder
     * fits, and the model's gateway «ещё впереди?» then drops the reminder.
     */
    static Instant reminder(Instant event, Duration before, Instant mailed) {
        Instant at = event.minus(before);
        Instant earliest = mailed.plus(QUIET_AFTER_MAIL);
        if (at.isBefore(earliest)) {
            at = earliest;
        }
        return at.isAfter(event.minus(LAST_USEFUL)) ? event : at;
    }

    /** Whether a deadline leaves members a proposal window from now. */
    static boolean windowFits(Instant deadline, Instant now) {
        return !deadline.isBefore(now.plus(PROPOSAL_WINDOW));
    }
}
