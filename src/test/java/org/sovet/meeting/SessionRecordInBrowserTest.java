package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretary records a session in Tasklist as she would: attendance by name (the members' number then
 * gone from the form), one vote on all decisions, and back from the draft protocol to correct the record,
 * which opens with what was recorded.
 */
class SessionRecordInBrowserTest extends SovetTest {

    private static final String MEMBERS_COUNT = "Членов Совета присутствовало (если без списка)";

    @LocalServerPort int port;
    @Autowired MeetingFixture meeting;
    @Autowired SessionService sessions;

    @Test
    void shouldRecordAttendanceAndOneVoteOnAllDecisionsAndComeBackToCorrectThem() {
        var instance = meeting.invited("IN_PERSON", List.of(MeetingFixture.item("Анализ работы кластера", "Воронцов А.Н.", 10),
                MeetingFixture.item("О мониторинге участия школ", "Колесникова И.П.", 5)));
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);

        try (Browser browser = new Browser(port, "session-record")) {
            browser.logInToTasklist(MeetingFixture.SECRETARY);
            browser.chooseFilter("Мои задачи");
            browser.openTask("Отметить присутствующих");
            assertThat(browser.field(MEMBERS_COUNT).isDisplayed()).as("the number, for a council listing no names").isTrue();
            assertThat(browser.text()).as("voters asked only once an audience is written")
                    .doesNotContain("Из присутствующих голосовали");
            for (String name : List.of("Воронцов", "Колесникова", "Зуева", "Беляев", "Полякова")) {
                browser.click(By.xpath("//div[contains(@class,'fjs-container')]//label[contains(normalize-space(.), '" + name + "')]"));
            }
            browser.waitUntilGone(By.xpath("//label[normalize-space(text()[1])='" + MEMBERS_COUNT + "']"));
            browser.screenshot("attendance-by-name");
            browser.complete();

            browser.openTask("Записать ход заседания, решения и голосование");
            // each item opens with one decision row
            var decisions = browser.fields("Решение");
            assertThat(decisions).hasSize(2);
            decisions.get(0).sendKeys("Утвердить план работы.");
            decisions.get(1).sendKeys("Утвердить форму отчёта.");
            assertThat(browser.text()).doesNotContain("Всего за");
            browser.click(browser.field("Одно голосование за все решения"));
            browser.fill("Всего за", "4");
            browser.fill("Всего против", "1");
            browser.screenshot("one-vote-on-all-decisions");
            browser.complete();
            // the job after the click renders the draft; the list shows its review once it has run
            assertThat(meeting.assembleProtocols()).isOne();
            browser.chooseFilter("Мои задачи");

            browser.openTask("Проверить проект протокола");
            browser.waitForText("DOCX (только для чтения)");
            browser.choose("Вернуться к записи заседания (исправить присутствующих, решения, голоса)");
            browser.screenshot("back-to-the-record");
            browser.complete();

            browser.openTask("Отметить присутствующих");
            browser.waitForText("Исправление записи заседания");
            browser.complete();
            browser.openTask("Записать ход заседания, решения и голосование");
            assertThat(browser.field("Всего за").getAttribute("value")).as("the joint vote as recorded").isEqualTo("4");
            assertThat(browser.fields("Решение")).extracting(field -> field.getAttribute("value"))
                    .containsExactly("Утвердить план работы.", "Утвердить форму отчёта.");
            browser.screenshot("record-to-correct");
        }

        assertThat(sessions.decisions(meeting.meetingId(instance))).allSatisfy(decision -> {
            assertThat(decision.votedTogether()).isTrue();
            assertThat(List.of(decision.votesFor(), decision.votesAgainst(), decision.votesAbstain())).containsExactly(4, 1, 0);
        });
    }
}
