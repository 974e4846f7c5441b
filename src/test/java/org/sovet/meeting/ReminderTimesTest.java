package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a reminder goes out, for a meeting or a written vote, against the time its mail went out. */
class ReminderTimesTest {

    private static final Instant MAILED = Instant.parse("2027-03-01T07:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void shouldRemindTheConfiguredTimeBeforeWhenTheMailLeavesRoom() {
        Instant event = MAILED.plus(Duration.ofDays(14));

        assertThat(LeadTimes.reminder(event, DAY, MAILED)).isEqualTo(event.minus(DAY));
    }

    @Test
    void shouldRemindNoSoonerThanTwelveHoursAfterTheMail() {
        Instant event = MAILED.plus(Duration.ofHours(30));

        assertThat(LeadTimes.reminder(event, DAY, MAILED)).isEqualTo(MAILED.plus(Duration.ofHours(12)));
    }

    @Test
    void shouldRemindOfNothingWhenTheEventIsTooCloseToTheMail() {
        Instant event = MAILED.plus(Duration.ofHours(14));

        assertThat(LeadTimes.reminder(event, DAY, MAILED)).as("the event itself: the model's gateway drops it").isEqualTo(event);
    }

    @Test
    void shouldGiveProposalsAWorkingDayAtLeast() {
        assertThat(LeadTimes.windowFits(MAILED.plus(Duration.ofHours(24)), MAILED)).isTrue();
        assertThat(LeadTimes.windowFits(MAILED.plus(Duration.ofHours(23)), MAILED)).isFalse();
    }
}
