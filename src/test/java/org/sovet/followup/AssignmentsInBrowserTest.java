package org.sovet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sovet.meeting.MeetingFixture;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The assignments page as each person sees it: the supervisor reads and changes nothing, the secretary
 * (the controller) hands the work to a member picked from the council by name, the chair cancels.
 */
class AssignmentsInBrowserTest extends SovetTest {

    private static final String DECISION = "Опорной школе составить график посещений";

    @LocalServerPort int port;
    @Autowired MeetingFixture meeting;
    @Autowired AssignmentService assignments;

    @Test
    void shouldShowEachPersonOnlyTheButtonsTheyMayPress() {
        long id = assignments.ofMeeting(meeting.signedWithAssignment()).get(0).id();

        try (Browser supervisor = new Browser(port, "assignments-supervisor")) {
            supervisor.logInToPortal("petrova");
            supervisor.open("/assignments");
            supervisor.waitForText(DECISION);
            assertThat(supervisor.hasButton("Отменить")).isFalse();
            assertThat(supervisor.hasButton("Передать")).isFalse();
            assertThat(supervisor.text()).doesNotContain("Действия", "причина отмены");
            supervisor.screenshot("supervisor-reads-only");
        }

        try (Browser secretary = new Browser(port, "assignments-secretary")) {
            secretary.logInToPortal(MeetingFixture.SECRETARY);
            secretary.open("/assignments");
            secretary.waitForText(DECISION);
            assertThat(secretary.hasButton("Отменить")).as("only the chair cancels").isFalse();
            @SuppressWarnings("unchecked")
            List<String> people = (List<String>) secretary.evaluate(
                    "return [...document.querySelectorAll('select[name=owner] option')].map(o => o.text)");
            assertThat(people).as("members by name, position and school; not the controller herself")
                    .anySatisfy(p -> assertThat(p).startsWith("Беляев С.И. — "))
                    .anySatisfy(p -> assertThat(p).startsWith("Воронцов А.Н. — "))
                    .noneSatisfy(p -> assertThat(p).startsWith("Колесникова"));
            assertThat(secretary.text()).doesNotContain("логин");
            secretary.select("owner", people.stream().filter(p -> p.startsWith("Беляев С.И. — ")).findFirst().orElseThrow());
            secretary.screenshot("secretary-picks-the-new-owner");
            assertThat((Boolean) secretary.evaluate("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("the long names of the select do not widen the page").isTrue();
            secretary.clickButton("Передать");
            secretary.waitForText("Поручение передано новому исполнителю.");
            secretary.screenshot("secretary-reassigned");
        }
        assertThat(assignments.find(id).ownerPersonId()).isEqualTo("belyaev");

        try (Browser chair = new Browser(port, "assignments-chair")) {
            chair.logInToPortal(MeetingFixture.CHAIR);
            chair.open("/assignments?cluster=podosinovets&id=" + id);
            chair.waitForText("Показано одно поручение.");
            assertThat(chair.hasButton("Передать")).as("the chair is not the controller").isFalse();
            chair.visible(By.name("reason")).sendKeys("Центр закрыт на ремонт.");
            chair.screenshot("chair-cancels");
            chair.clickButton("Отменить");
            chair.waitForText("Поручение отменено.");
            chair.screenshot("chair-cancelled");
        }
        assertThat(assignments.find(id).status()).isEqualTo("CANCELLED");
    }
}
