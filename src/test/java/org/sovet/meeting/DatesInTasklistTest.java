package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Dates in Tasklist's forms are written the Russian way, whatever the browser's language (headless
 * Chromium formats dates as en-US): «01.12.…» typed by hand is 1 December, not 12 January, and the
 * calendar starts on Monday.
 */
class DatesInTasklistTest extends SovetTest {

    private static final ZoneId KIROV = ZoneId.of("Europe/Kirov");
    // next year's, so the meeting stays ahead of today whenever the test runs
    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(Year.now(KIROV).getValue() + 1, 12, 1);
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String MEETING_DATE = "Дата заседания";
    private static final String PROPOSALS_UNTIL = "Предложения в повестку принимаются до (необязательно)";
    private static final String OPEN_CALENDAR = ".flatpickr-calendar.open";

    @LocalServerPort int port;
    @Autowired MeetingService meetings;
    @Autowired HistoryService history;

    @Test
    void shouldReadADateTypedByHandAsDayMonthYearAndStartTheCalendarOnMonday() {
        String typed = FIRST_OF_DECEMBER.format(RUSSIAN);
        LocalDate today = LocalDate.now(KIROV);
        try (Browser browser = new Browser(port, "dates")) {
            browser.logInToTasklist(MeetingFixture.SECRETARY);
            browser.click(By.xpath("//a[normalize-space(.)='Запустить процесс']"));
            browser.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='Заседание Координационного Совета']"));

            WebElement date = browser.field(MEETING_DATE);
            assertThat(date.getAttribute("placeholder")).isEqualTo("дд.мм.гггг");
            date.sendKeys(typed);
            browser.click(browser.field("Организаторы"));
            assertThat(date.getAttribute("value")).as("the typed date, read and shown back").isEqualTo(typed);
            browser.screenshot("typed-date");

            browser.click(date);
            WebElement calendar = browser.visible(By.cssSelector(OPEN_CALENDAR));
            assertThat(browser.texts(By.cssSelector(OPEN_CALENDAR + " .flatpickr-weekday")))
                    .containsExactly("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс");
            WebElement selected = calendar.findElement(By.cssSelector(".flatpickr-day.selected"));
            assertThat(selected.getText()).isEqualTo("1");
            assertThat(selected.getAttribute("aria-label")).as("the calendar holds December").startsWith("Декабрь");
            browser.screenshot("calendar-from-monday");
            browser.click(browser.field("Организаторы"));

            browser.click(browser.field(PROPOSALS_UNTIL));
            browser.click(By.cssSelector(OPEN_CALENDAR + " .flatpickr-day.today"));
            assertThat(browser.field(PROPOSALS_UNTIL).getAttribute("value")).as("a picked date")
                    .isEqualTo(today.format(RUSSIAN));

            browser.fill("Время начала", "14:00");
            browser.fill("Организаторы", "Опорная школа");
            browser.choose("Очное");
            browser.fill("Место проведения", "КОГОБУ СШ пгт Подосиновец, актовый зал");
            browser.screenshot("meeting-with-dates");
            browser.clickButton("Запустить");
            browser.waitUntilGone(By.cssSelector(".fjs-container"));
        }

        assertThat(meetings.ofCluster(MeetingFixture.CLUSTER)).hasSize(1);
        Meeting meeting = meetings.ofCluster(MeetingFixture.CLUSTER).get(0);
        assertThat(meeting.startsAt().atZone(KIROV).toLocalDate()).isEqualTo(FIRST_OF_DECEMBER);
        assertThat(submitted(meeting, MeetingProcess.Vars.DATE)).as("ISO, as the engine keeps it")
                .isEqualTo(FIRST_OF_DECEMBER.toString());
        assertThat(submitted(meeting, MeetingProcess.Vars.PROPOSAL_DEADLINE_FORM)).isEqualTo(today.toString());
    }

    private Object submitted(Meeting meeting, String variable) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(meeting.processInstanceId())
                .variableName(variable).singleResult().getValue();
    }
}
