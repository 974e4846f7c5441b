package org.sovet.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the whole application; see application.yml for the defaults. */
@ConfigurationProperties("sovet")
public record SovetProperties(
        String dataDir,
        ZoneId timeZone,
        String baseUrl,
        Processes processes,
        Mail mail,
        Plan plan,
        Directory directory,
        FollowUp followUp,
        Demo demo) {

    /** @param reminderDays how many days before an assignment's due date its owner is reminded */
    public record FollowUp(int reminderDays) {}

    public record Processes(String resourcePattern) {}

    public record Mail(String from) {}

    /** @param scheduleWeeksAhead how many weeks before the 1st of a planned meeting's month the secretary is asked to schedule it */
    public record Plan(int reviewDays, int meetingDayOfMonth, int minYearOffset, int maxYearOffset, int scheduleWeeksAhead) {}

    public record Directory(String importLocation) {}

    public record Demo(MailServer mailServer) {
        public record MailServer(boolean enabled, int smtpPort) {}
    }
}
