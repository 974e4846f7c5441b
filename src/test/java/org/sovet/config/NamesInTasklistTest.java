package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovet.meeting.MeetingFixture;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist names people as every page of Sovet does: the list form in its lists, the full name in its header. */
class NamesInTasklistTest extends SovetTest {

    @LocalServerPort int port;
    @Autowired MeetingFixture meeting;

    @Test
    void shouldWriteTheSurnameFirstTheListFormForAssigneesAndTheFullNameInTheHeader() {
        meeting.invited("IN_PERSON", List.of(MeetingFixture.item("Анализ работы кластера", "Воронцов А.Н.", 10)));

        try (Browser browser = new Browser(port, "names-in-tasklist")) {
            browser.logInToTasklist(MeetingFixture.SECRETARY);
            browser.chooseFilter("Мои задачи");
            browser.waitForText("Колесникова И.П.");
            browser.waitForText("Колесникова Ирина Петровна");
            assertThat(browser.text()).doesNotContain("Ирина Петровна Колесникова");
            browser.screenshot("assignee-and-header");
        }
    }
}
