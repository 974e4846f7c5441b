package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sovet.protocol.SignedProtocolTexts;
import org.sovet.support.Browser;
import org.sovet.support.CountedSteps;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * People are chosen, not typed: a member answers «Предложений нет», the secretary sees it, orders the agenda
 * and picks a speaker; the session of 3 items with 2 decisions each is recorded in few clicks, counted.
 */
class FastRecordingInBrowserTest extends SovetTest {

    private static final List<String> DECISIONS = List.of("Принять отчёт к сведению.", "Провести семинар для методистов.",
            "Утвердить форму мониторинга.", "Продлить мониторинг до мая.", "Включить в план кластера.", "Опубликовать план на сайте.");

    @LocalServerPort int port;
    @Autowired MeetingFixture meeting;
    @Autowired MeetingService meetings;
    @Autowired SessionService sessions;
    @Autowired ManagementService management;
    @Autowired SignedProtocolTexts protocolTexts;

    @Test
    void shouldAnswerNoProposalsAndComposeTheAgendaWithAPickedSpeakerInTheGivenOrder() {
        ProcessInstance instance = meeting.schedule();
        meeting.propose(instance, "zueva", List.of(MeetingFixture.item("О мониторинге участия школ", "Зуева Т.М.", 5)));

        try (Browser browser = new Browser(port, "no-proposals")) {
            browser.logInToTasklist("belyaev");
            browser.chooseFilter("Мои задачи");
            browser.openTask("Предложить вопросы в повестку");
            browser.click(browser.field("Предложений нет"));
            browser.waitUntilGone(By.xpath("//label[normalize-space(text()[1])='Вопрос']"));
            browser.screenshot("no-proposals");
            browser.complete();
        }
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());

        try (Browser browser = new Browser(port, "agenda-order")) {
            browser.logInToTasklist(MeetingFixture.SECRETARY);
            browser.chooseFilter("Мои задачи");
            browser.openTask("Составить повестку заседания");
            browser.waitForText("Ответили «Предложений нет»: Беляев С.И.");
            assertThat(browser.text()).contains("Не ответили: Воронцов А.Н., Колесникова И.П., Полякова Н.В., Шилов О.П.");
            browser.click(By.xpath("(//div[contains(@class,'fjs-container')]//button[contains(normalize-space(.), 'Добавить')])[last()]"));
            int typedSpeakers = browser.fields("Докладчик (Фамилия И.О.), если есть").size();
            last(browser.fields("Вопрос")).sendKeys("Анализ работы кластера");
            last(browser.fields("Порядок")).sendKeys("1");
            browser.pick(last(browser.fields("Докладчик")), "Воронцов А.Н. — директор КОГОБУ СШ пгт Подосиновец");
            assertThat(browser.fields("Докладчик (Фамилия И.О.), если есть")).as("typed only for someone outside the directory")
                    .hasSize(typedSpeakers - 1);
            browser.screenshot("speaker-picked-and-ordered");
            browser.complete();
        }

        var agenda = meetings.agenda(meeting.meetingId(instance));
        assertThat(agenda).extracting(AgendaEntry::title).startsWith("Анализ работы кластера").contains("О мониторинге участия школ");
        assertThat(List.of(agenda.get(0).speakerId(), agenda.get(0).speakerName(), agenda.get(0).speakerPosition()))
                .containsExactly("vorontsov", "Воронцов А.Н.", "директор КОГОБУ СШ пгт Подосиновец");
    }

    @Test
    void shouldEnterAHeldMeetingsAgendaWithASpeakerPickedNotTyped() {
        ProcessInstance instance = meeting.enteredAfterwards(java.util.Map.of());

        try (Browser browser = new Browser(port, "held-agenda")) {
            browser.logInToTasklist(MeetingFixture.SECRETARY);
            browser.chooseFilter("Мои задачи");
            browser.openTask("Внести повестку проведённого заседания");
            browser.fill("Вопрос", "Анализ работы кластера");
            browser.pick(browser.field("Докладчик"), "Зуева Т.М. — начальник РУО Подосиновского района");
            assertThat(browser.text()).as("the required typed name gone with the pick").doesNotContain("Докладчик (Фамилия И.О.)");
            browser.screenshot("speaker-picked");
            browser.complete();
        }

        assertThat(meetings.agenda(meeting.meetingId(instance))).singleElement().satisfies(item -> assertThat(
                List.of(item.speakerId(), item.speakerName(), item.speakerPosition()))
                .containsExactly("zueva", "Зуева Т.М.", "начальник РУО Подосиновского района"));
    }

    private static WebElement last(List<WebElement> elements) {
        return elements.get(elements.size() - 1);
    }

    @Test
    void shouldRecordThreeItemsWithTwoDecisionsEachInAtMostTwentyClicksAndTenTypedFields() {
        ProcessInstance instance = meeting.invited("IN_PERSON", List.of(
                MeetingFixture.item("Анализ работы кластера", "Воронцов А.Н.", 10),
                MeetingFixture.item("О мониторинге участия школ", "Колесникова И.П.", 5),
                MeetingFixture.item("О плане работы на год", "Зуева Т.М.", 10)));
        meeting.manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        CountedSteps steps;

        try (Browser browser = new Browser(port, "fast-recording")) {
            browser.logInToTasklist(MeetingFixture.SECRETARY);
            browser.chooseFilter("Мои задачи");
            browser.openTask("Отметить присутствующих");
            for (String name : List.of("Воронцов", "Колесникова", "Зуева", "Беляев", "Полякова")) {
                browser.click(By.xpath("//div[contains(@class,'fjs-container')]//label[contains(normalize-space(.), '" + name + "')]"));
            }
            browser.pick(browser.field("Приглашённый"), "Крылова Е.А. — заведующая детской библиотекой, Детская библиотека");
            assertThat(browser.text()).as("typed only for someone outside the directory").doesNotContain("Фамилия И.О.");
            browser.screenshot("guest-picked");
            browser.complete();

            steps = new CountedSteps(browser);
            steps.openTask("Записать ход заседания, решения и голосование");
            steps.type(browser.fields("Слушали").get(0), "Доклад о работе кластера за полугодие.");
            for (int item = 1; item <= 3; item++) {
                steps.click(By.xpath("(//div[contains(@class,'fjs-container')]//button[contains(normalize-space(.), 'Добавить')])["
                        + item + "]"));
            }
            var decisions = browser.fields("Решение");
            assertThat(decisions).hasSize(6);
            for (int d = 0; d < 6; d++) {
                steps.type(decisions.get(d), DECISIONS.get(d));
            }
            assertThat(browser.text()).as("counts only for a decision not unanimous").doesNotContain("Воздержались");
            steps.click(browser.fields("Единогласно").get(3));
            steps.type(browser.field("За"), "3");
            steps.type(browser.field("Против"), "1");
            var owners = browser.fields("Ответственный (кто исполняет)");
            steps.pick(owners.get(1), "Беляев С.И. — директор МКУ ИМЦ");
            steps.pick(owners.get(4), "РУО Подосиновского района (организация)");
            browser.screenshot("three-items-six-decisions");
            WebElement form = browser.visible(By.cssSelector(".fjs-container"));
            steps.clickButton("Завершить");
            browser.waitUntilStale(form);
        }

        assertThat(steps.clicks()).as("clicks (today's form: 35)").isLessThanOrEqualTo(20);
        assertThat(steps.typed()).as("fields typed (today's form: 11)").isLessThanOrEqualTo(10);
        long meetingId = meeting.meetingId(instance);
        var recorded = sessions.decisions(meetingId);
        assertThat(recorded).extracting(Decision::text).containsExactlyElementsOf(DECISIONS);
        assertThat(recorded).extracting(Decision::votesFor).containsExactly(5, 5, 5, 3, 5, 5);
        assertThat(recorded.get(3).votesAgainst()).isEqualTo(1);
        assertThat(recorded).extracting(Decision::owner)
                .containsExactly(null, "Беляев С.И.", null, null, "РУО Подосиновского района", null);
        assertThat(sessions.guests(meetingId)).containsExactly(
                new Guest("Крылова Е.А.", "заведующая детской библиотекой", "Детская библиотека"));

        // the draft is rendered by the job after the click
        assertThat(meeting.assembleProtocols()).isOne();
        meeting.reviewAndSign(meetingId, MeetingFixture.CHAIR, MeetingFixture.SECRETARY);
        assertThat(protocolTexts.of(meetingId)).allSatisfy(text -> assertThat(text)
                .contains(DECISIONS).contains("Беляев С.И.", "РУО Подосиновского района", "Крылова Е.А."));
    }
}
