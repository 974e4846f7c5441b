package org.sovet.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.plan.WorkPlanFixture.podosinovetsPlan;
import static org.sovet.support.Mails.recipient;

import jakarta.mail.internet.MimeMessage;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.plan.PlanContent;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.Mails;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Everyone a task waits for gets an e-mail; nobody is told about what they just did. */
class TaskNotificationTest extends SovetTest {

    private static final int YEAR = Year.now(ZoneId.of("Europe/Kirov")).getValue();

    @Autowired WorkPlanFixture plan;

    @Test
    void shouldMailTheDirectorWhenAPlanAwaitsApproval() throws Exception {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);

        assertThat(scenario.runAllJobs()).isOne();

        MimeMessage mail = single();
        assertThat(mail.getAllRecipients()[0].toString()).contains("vorontsov@example.org");
        assertThat(mail.getSubject()).isEqualTo("Новая задача: Утвердить план работы кластера");
        assertThat(body(mail)).contains("План работы на " + YEAR + " год", "Образовательный кластер Подосиновского района",
                "Срок:", "Открыть задачу в списке задач");
    }

    @Test
    void shouldMailTheMethodistTheDirectorsRemarksButNotHerOwnSavedDraft() throws Exception {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, new PlanContent("цель", java.util.List.of(), java.util.List.of()), WorkPlanProcess.ACTION_SAVE);
        assertThat(scenario.runAllJobs()).as("no mail for her own draft").isZero();

        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plan.returnWithRemarks(instance, "Уточните сроки мероприятий.");
        scenario.runAllJobs();

        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mails::recipient))
                .containsExactlyInAnyOrder("vorontsov@example.org", "kolesnikova@example.org");
        MimeMessage toMethodist = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equals("kolesnikova@example.org")).findFirst().orElseThrow();
        assertThat(toMethodist.getSubject()).isEqualTo("Новая задача: Составить план работы кластера");
        assertThat(body(toMethodist)).contains("Здравствуйте, Ирина Петровна!", "Уточните сроки мероприятий.");
    }

    private static MimeMessage single() {
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        return MAIL.getReceivedMessages()[0];
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
