package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sovet.common.RussianDates;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every meeting task opens with the meeting's card, read from its record: a member proposing items,
 * the secretary recording attendance and the session, the chair signing, a member voting in writing.
 */
class MeetingCardInBrowserTest extends SovetTest {

    private static final String CARD = "//div[contains(@class,'fjs-container')]//blockquote";
    private static final String PLACE = "КОГОБУ СШ пгт Подосиновец, актовый зал";

    @LocalServerPort int port;
    @Autowired MeetingFixture meeting;
    @Autowired MeetingService meetings;
    @Autowired ManagementService management;

    @Test
    void shouldShowTheMeetingOnTheTasksOfItsWholeWay() {
        ProcessInstance instance = meeting.schedule();
        Meeting scheduled = meetings.meeting(meeting.meetingId(instance));
        String when = RussianDates.longDate(scheduled.startsAt().atZone(ZoneId.of("Europe/Kirov")).toLocalDate()) + ", 14:00";
        String[] card = {"Заседание № " + scheduled.protocolNumber(), when, "очное", "Место: " + PLACE,
                "Тема: Итоги работы кластера за полугодие"};
        String member = meeting.tasks(instance, MeetingProcess.Elements.PROPOSE).stream().map(task -> task.getAssignee())
                .filter(user -> !user.equals(MeetingFixture.SECRETARY)).findFirst().orElseThrow();

        try (Browser browser = new Browser(port, "meeting-card")) {
            browser.logInToTasklist(member);
            seeCard(browser, "Предложить вопросы в повестку", "proposal", card);
            browser.logOutOfTasklist();

            management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
            meeting.compose(instance, List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10)));
            meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
            meeting.runJobs(MeetingProcess.Elements.SEND_INVITATIONS);
            meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
            browser.logInToTasklist(MeetingFixture.SECRETARY);
            seeCard(browser, "Отметить присутствующих", "attendance", card);

            meeting.recordAttendance(instance, List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"), List.of(), null);
            seeCard(browser, "Записать ход заседания, решения и голосование", "session", card);
            meeting.recordSession(instance, "Заседание открыл председатель.", List.of(new SessionItem("Анализ работы кластера",
                    "Воронцов А.Н.", "Слушали отчёт.", null,
                    List.of(new SessionItem.DecisionDraft("Принять к сведению.", "SIMPLE", 5, 0, 0, null, null, null)))));
            seeCard(browser, "Проверить проект протокола", "protocol-review", card);
            meeting.submit(meeting.protocolTask(scheduled.id(), org.sovet.protocol.ProtocolProcess.Elements.REVIEW, null),
                    MeetingFixture.SECRETARY, Map.of());
            browser.logOutOfTasklist();

            browser.logInToTasklist(MeetingFixture.CHAIR);
            seeCard(browser, "Подписать протокол", "protocol-sign", card);
        }
    }

    @Test
    void shouldLinkAnOnlineMeetingAndPrintNoThemeItHasNot() {
        Map<String, Object> online = new HashMap<>(Map.of(MeetingProcess.Vars.FORMAT, "ONLINE",
                MeetingProcess.Vars.LINK, "https://meet.example.org/sovet"));
        online.put(MeetingProcess.Vars.THEME, null);
        ProcessInstance instance = meeting.schedule(MeetingFixture.CLUSTER, MeetingFixture.SECRETARY, online);

        try (Browser browser = new Browser(port, "meeting-card-online")) {
            browser.logInToTasklist(meeting.tasks(instance, MeetingProcess.Elements.PROPOSE).get(0).getAssignee());
            seeCard(browser, "Предложить вопросы в повестку", "online", "онлайн", "Ссылка: https://meet.example.org/sovet");
            assertThat(browser.attribute(By.xpath(CARD + "//a"), "href")).isEqualTo("https://meet.example.org/sovet");
            assertThat(browser.text()).doesNotContain("Тема:", "Место:");
        }
    }

    @Test
    void shouldGiveTheBallotTheWrittenMeetingsDeadline() {
        ProcessInstance instance = meeting.writtenVoteOnThePlan();
        Meeting written = meetings.meeting(meeting.meetingId(instance));
        String deadline = RussianDates.longDate(written.votingDeadline().atZone(ZoneId.of("Europe/Kirov")).toLocalDate());

        try (Browser browser = new Browser(port, "meeting-card-ballot")) {
            browser.logInToTasklist(meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT).get(0).getAssignee());
            seeCard(browser, "Проголосовать заочно", "ballot", "Заседание № " + written.protocolNumber(), "заочное",
                    "Голосовать до: " + deadline + ", 18:00");
            assertThat(browser.visible(By.xpath(CARD)).getText()).as("a written meeting has no hour").doesNotContain("14:00");
        }
    }

    /** Opens the task from «Мои задачи», as it stands now, and reads the card on top of its form. */
    private static void seeCard(Browser browser, String task, String shot, String... facts) {
        browser.open("/camunda/app/tasklist/");
        browser.chooseFilter("Мои задачи");
        browser.openTask(task);
        String card = browser.visible(By.xpath(CARD)).getText();
        assertThat(card).contains(facts);
        assertThat(browser.evaluate("return document.querySelector('.fjs-container .fjs-form-field').querySelector('blockquote') !== null"))
                .as("the card comes first").isEqualTo(true);
        browser.screenshot(shot);
    }
}
