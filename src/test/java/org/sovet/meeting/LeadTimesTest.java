package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.meeting.MeetingFixture.CLUSTER;
import static org.sovet.meeting.MeetingFixture.SECRETARY;
import static org.sovet.meeting.MeetingFixture.item;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.common.RussianDates;
import org.sovet.meeting.MeetingProcess.Elements;
import org.sovet.meeting.MeetingProcess.Vars;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The proposal window and the reminders fit the time left before the meeting, as the test clock moves. */
class LeadTimesTest extends SovetTest {

    private static final ZoneId KIROV = ZoneId.of("Europe/Kirov");
    private static final List<AgendaEntry> AGENDA = List.of(item("Об итогах полугодия", "Воронцов А.Н.", 15));

    @Autowired MeetingFixture meeting;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TestClock clock;

    @Test
    void shouldCollectNoProposalsForAMeetingTomorrowAndTellTheSecretary() {
        LocalDate today = tomorrowAt(10);

        ProcessInstance instance = scheduleOn(today.plusDays(1), "14:00");

        assertThat(instance).isWaitingAt(Elements.COMPOSE_AGENDA).hasPassed(Elements.TIME_FOR_PROPOSALS).hasNotPassed(Elements.PROPOSE);
        assertThat(runtime.getVariable(instance.getId(), Vars.PROPOSAL_NOTE)).isEqualTo(
                "До заседания меньше суток на приём предложений: предложения в повестку не собирались. Составьте повестку сами.");
    }

    @Test
    void shouldShortenTheProposalWindowToTheEveOfAMeetingInTwoDaysAndSaySo() {
        LocalDate today = tomorrowAt(10);

        ProcessInstance instance = scheduleOn(today.plusDays(2), "14:00");

        assertThat(instance).isWaitingAt(Elements.PROPOSE);
        assertThat(timer(instance, Elements.PROPOSAL_DEADLINE).getDuedate().toInstant())
                .isEqualTo(today.plusDays(1).atTime(18, 0).atZone(KIROV).toInstant());
        assertThat(runtime.getVariable(instance.getId(), Vars.PROPOSAL_NOTE)).isEqualTo("До заседания мало времени: "
                + "предложения в повестку принимаются до " + RussianDates.shortDate(today.plusDays(1)) + ", 18:00.");
    }

    @Test
    void shouldKeepTheUsualProposalWindowWithoutANoteWhenTimeAllows() {
        LocalDate today = tomorrowAt(10);

        ProcessInstance instance = scheduleOn(today.plusDays(14), "14:00");

        assertThat(timer(instance, Elements.PROPOSAL_DEADLINE).getDuedate().toInstant())
                .isEqualTo(today.plusDays(7).atTime(18, 0).atZone(KIROV).toInstant());
        assertThat(runtime.getVariable(instance.getId(), Vars.PROPOSAL_NOTE)).isNull();
    }

    @Test
    void shouldRemindTwelveHoursAfterALateInvitationNotInTheSameMinute() {
        LocalDate today = tomorrowAt(10);
        ProcessInstance instance = invitedOn(today.plusDays(1), "14:00");

        Job reminder = timer(instance, Elements.REMINDER);
        Instant twelveHoursAfter = today.atTime(22, 0).atZone(KIROV).toInstant();
        assertThat(reminder.getDuedate().toInstant()).as("twelve hours after the invitation, sent moments after 10:00")
                .isBetween(twelveHoursAfter, twelveHoursAfter.plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofHours(12));
        management.executeJob(reminder.getId());
        meeting.runJobs(Elements.SEND_REMINDERS);

        assertThat(instance).hasPassed(Elements.SEND_REMINDERS);
        assertThat(subjects()).anyMatch(subject -> subject.startsWith("Напоминание:"));
    }

    @Test
    void shouldSendNoReminderWhenTheMeetingIsTooCloseToTheInvitation() {
        LocalDate today = tomorrowAt(18);
        ProcessInstance instance = invitedOn(today.plusDays(1), "08:00");

        Job reminder = timer(instance, Elements.REMINDER);
        assertThat(reminder.getDuedate().toInstant()).as("at the start: no reminder fits")
                .isEqualTo(today.plusDays(1).atTime(8, 0).atZone(KIROV).toInstant());
        meeting.untilStart(instance);
        management.executeJob(reminder.getId());

        assertThat(instance).hasPassed(Elements.REMINDER_SKIPPED).hasNotPassed(Elements.SEND_REMINDERS);
        assertThat(subjects()).isNotEmpty().noneMatch(subject -> subject.startsWith("Напоминание"));
    }

    /** Moves the test clock to tomorrow at this hour in Kirov, so the day's hour is the test's, not the run's. */
    private LocalDate tomorrowAt(int hour) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(KIROV));
        ZonedDateTime target = now.toLocalDate().plusDays(1).atTime(hour, 0).atZone(KIROV);
        clock.advance(Duration.between(now, target));
        return target.toLocalDate();
    }

    private ProcessInstance scheduleOn(LocalDate date, String time) {
        return meeting.schedule(CLUSTER, SECRETARY, Map.of(Vars.DATE, date.toString(), Vars.TIME, time));
    }

    /** Scheduled too close for proposals: the secretary composes, the chair approves, invitations go out. */
    private ProcessInstance invitedOn(LocalDate date, String time) {
        ProcessInstance instance = scheduleOn(date, time);
        meeting.compose(instance, AGENDA);
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        meeting.runJobs(Elements.SEND_INVITATIONS);
        assertThat(instance).isWaitingAt(Elements.MANAGE);
        return instance;
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().singleResult();
    }

    private static List<String> subjects() {
        return Arrays.stream(MAIL.getReceivedMessages()).map(LeadTimesTest::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
