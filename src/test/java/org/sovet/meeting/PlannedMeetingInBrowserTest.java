package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sovet.plan.PlannedMeeting;
import org.sovet.plan.PlannedMeetings;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretary sees the plan's meetings in the archive as planned and, four weeks before March, opens
 * «Назначить заседание» in Tasklist with the plan's date filled in and schedules the meeting.
 */
class PlannedMeetingInBrowserTest extends SovetTest {

    private static final ZoneId KIROV = ZoneId.of("Europe/Kirov");
    private static final int YEAR = LocalDate.now(KIROV).getYear() + 1;

    @LocalServerPort int port;
    @Autowired WorkPlanFixture plan;
    @Autowired MeetingFixture meeting;
    @Autowired PlannedMeetings plannedMeetings;
    @Autowired MeetingService meetings;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TestClock clock;

    @Test
    void shouldShowThePlannedMeetingsAndLetTheSecretaryScheduleTheOneAhead() {
        var approval = plan.start(YEAR);
        plan.draft(approval, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plan.approve(approval, "1-од", LocalDate.now(KIROV));
        meeting.runJobs(WorkPlanProcess.Elements.SEND_PLAN);
        PlannedMeeting march = plannedMeetings.ofCluster(MeetingFixture.CLUSTER).get(0);
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("planned-meeting-" + march.id())
                .singleResult().getId();
        var ask = management.createJobQuery().processInstanceId(process).activityId(PlannedMeetingProcess.Elements.ASK_SECRETARY)
                .singleResult();
        clock.advance(Duration.between(clock.instant(), ask.getDuedate().toInstant()));
        management.executeJob(ask.getId());

        try (Browser browser = new Browser(port, "planned-meeting")) {
            browser.logInToTasklist(MeetingFixture.SECRETARY);
            browser.open("/portal/" + MeetingFixture.CLUSTER);
            browser.waitForText("Запланировано: заседание (март " + YEAR + ")");
            assertThat(browser.text()).contains("Запланировано: заседание (июнь " + YEAR + ")");
            browser.screenshot("archive-with-planned-meetings");

            browser.open("/camunda/app/tasklist/");
            browser.chooseFilter("Задачи моей группы");
            browser.openTask("Назначить заседание");
            browser.click(By.cssSelector("button.claim"));
            assertThat(browser.field("Дата заседания").getAttribute("value")).as("the plan's date")
                    .isEqualTo(march.plannedDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            browser.fill("Время начала", "14:00");
            browser.fill("Организаторы", "Опорная школа");
            browser.choose("Очное");
            browser.fill("Место проведения", "КОГОБУ СШ пгт Подосиновец, актовый зал");
            browser.screenshot("schedule-the-planned-meeting");
            browser.complete();
        }

        assertThat(meetings.ofCluster(MeetingFixture.CLUSTER)).singleElement().satisfies(scheduled -> {
            assertThat(scheduled.startsAt().atZone(KIROV).toLocalDate()).isEqualTo(march.plannedDate());
            assertThat(scheduled.plannedMeetingId()).isEqualTo(march.id());
        });
    }
}
