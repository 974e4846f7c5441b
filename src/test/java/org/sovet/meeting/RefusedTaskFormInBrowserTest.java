package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretary records a session in Tasklist: her next task of the meeting opens by itself, and a vote count the
 * server refuses is explained in Russian under the «За» it is about, until she corrects it.
 */
class RefusedTaskFormInBrowserTest extends SovetTest {

    private static final String REASON = "Вопрос 1, решение 1: за, против и воздержались вместе — 9, а голосовать могли 5.";
    private static final By REFUSAL = By.cssSelector(".sovet-refusal");

    @LocalServerPort int port;
    @Autowired MeetingFixture meeting;
    @Autowired SessionService sessions;

    @Test
    void shouldShowTheRefusedVoteCountBesideItsFieldUntilCorrectedAndOpenTheNextTaskByItself() {
        var instance = meeting.invited("IN_PERSON", List.of(MeetingFixture.item("Анализ работы кластера", "Воронцов А.Н.", 10)));
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);

        try (Browser browser = new Browser(port, "refused-form")) {
            browser.logInToTasklist(MeetingFixture.SECRETARY);
            browser.chooseFilter("Мои задачи");
            browser.openTask("Отметить присутствующих");
            for (String name : List.of("Воронцов", "Колесникова", "Зуева", "Беляев", "Полякова")) {
                browser.click(By.xpath("//div[contains(@class,'fjs-container')]//label[contains(normalize-space(.), '" + name + "')]"));
            }
            browser.complete();

            browser.waitForTask(meeting.task(instance, MeetingProcess.Elements.RECORD_SESSION).getId());
            browser.screenshot("session-record-opened-by-itself");
            // the item opens with one decision, «Единогласно»: the counts appear once it is unticked
            browser.fields("Решение").get(0).sendKeys("Утвердить план работы.");
            browser.click(browser.field("Единогласно"));
            browser.fill("За", "9");
            browser.clickButton("Завершить");

            browser.waitForText(REASON);
            var votesFor = browser.field("За");
            assertThat(browser.besideField(votesFor)).as("the reason under «За»").isEqualTo(REASON);
            assertThat(browser.text()).contains("Форма не отправлена: исправьте поля, отмеченные красным.")
                    .doesNotContain("Не удалось отправить форму задачи");
            browser.screenshot("refused-vote-beside-its-field");

            votesFor.sendKeys(Keys.BACK_SPACE);
            browser.waitUntilGone(REFUSAL);
            browser.waitUntilGone(By.xpath("//*[contains(text(), 'Форма не отправлена')]"));
            votesFor.sendKeys("4");
            browser.screenshot("corrected");
            browser.complete();
        }

        assertThat(sessions.decisions(meeting.meetingId(instance)))
                .singleElement().satisfies(decision -> assertThat(decision.votesFor()).isEqualTo(4));
    }
}
