package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretary schedules a written meeting in Tasklist: choosing «Заочное» takes away the start time and
 * duration, which mean nothing for it, and makes «Голосовать до» required before anything is sent.
 */
class WrittenMeetingFormInBrowserTest extends SovetTest {

    private static final ZoneId KIROV = ZoneId.of("Europe/Kirov");
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String LABEL = "//div[contains(@class,'fjs-container')]//label[normalize-space(text()[1])='%s']";
    private static final String DEADLINE = "Голосовать до";

    @LocalServerPort int port;
    @Autowired MeetingService meetings;

    @Test
    void shouldHideTheHourAndRequireTheVotingDeadlineOfAWrittenMeeting() {
        try (Browser browser = new Browser(port, "written-meeting-form")) {
            browser.logInToTasklist(MeetingFixture.SECRETARY);
            browser.click(By.xpath("//a[normalize-space(.)='Запустить процесс']"));
            browser.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='Заседание Координационного Совета']"));
            assertThat(browser.field("Время начала").isDisplayed()).isTrue();
            assertThat(browser.field("Продолжительность, мин").isDisplayed()).isTrue();
            assertThat(browser.text()).doesNotContain(DEADLINE);

            browser.choose("Заочное (голосование по сроку)");
            browser.waitUntilGone(By.xpath(LABEL.formatted("Время начала")));
            browser.waitUntilGone(By.xpath(LABEL.formatted("Продолжительность, мин")));
            assertThat(browser.visible(By.xpath(LABEL.formatted(DEADLINE))).getText()).as("marked required").endsWith("*");
            browser.field("Дата заседания").sendKeys(MeetingFixture.inTwoWeeks().format(RUSSIAN));
            browser.fill("Организаторы", "Опорная школа");
            browser.clickButton("Запустить");
            browser.waitForText("Заполните это поле.");
            browser.screenshot("deadline-required");
            assertThat(meetings.ofCluster(MeetingFixture.CLUSTER)).as("nothing sent without the deadline").isEmpty();

            browser.field(DEADLINE).sendKeys(MeetingFixture.inTwoWeeks().plusDays(7).format(RUSSIAN));
            browser.click(browser.field("Организаторы"));
            browser.screenshot("written-meeting");
            browser.clickButton("Запустить");
            browser.waitUntilGone(By.cssSelector(".fjs-container"));
        }

        assertThat(meetings.ofCluster(MeetingFixture.CLUSTER)).singleElement().satisfies(meeting -> {
            assertThat(meeting.format()).isEqualTo(MeetingFormat.IN_WRITING);
            assertThat(meeting.startsAt()).isEqualTo(MeetingFixture.inTwoWeeks().atStartOfDay(KIROV).toInstant());
            assertThat(meeting.votingDeadline().atZone(KIROV).toLocalDate()).isEqualTo(MeetingFixture.inTwoWeeks().plusDays(7));
        });
    }
}
