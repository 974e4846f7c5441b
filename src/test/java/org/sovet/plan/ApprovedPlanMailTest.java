package org.sovet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.plan.WorkPlanFixture.podosinovetsPlan;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

class ApprovedPlanMailTest extends SovetTest {

    private static final int YEAR = Year.now(ZoneId.of("Europe/Kirov")).getValue();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Kirov"));
    private static final String ORDER_DATE = String.format("%02d.%02d.%d", TODAY.getDayOfMonth(), TODAY.getMonthValue(), TODAY.getYear());

    @Autowired WorkPlanFixture plan;
    @Autowired ManagementService management;
    @Autowired WorkPlanService plans;

    @Test
    void shouldMailTheApprovedPlanWithItsPdfToEveryCouncilMemberButNotToGuests() throws Exception {
        ProcessInstance instance = approvedPlan();

        assertThat(scenario.runJobs(instance.getId())).as("one job mails everyone").isOne();

        assertThat(instance).isEnded().hasPassed(WorkPlanProcess.Elements.END_APPROVED);
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(recipients(received)).containsExactlyInAnyOrder("vorontsov@example.org", "kolesnikova@example.org",
                "zueva@example.org", "belyaev@example.org", "polyakova@example.org", "shilov@example.org");
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Утверждён план работы кластера на " + YEAR + " год");
        assertThat(html(mail)).contains("утверждён приказом директора опорной школы", "№ 1-од от " + ORDER_DATE,
                "Утверждённый план — во вложении (PDF) и", "/portal/podosinovets#plan-" + plans.findOfProcess(instance.getId()).orElseThrow().id());
        assertThat(html(mail)).doesNotMatch(org.sovet.support.MailText.SHA_256);
        Part pdf = attachment(mail);
        assertThat(pdf.getFileName()).isEqualTo("plan-podosinovets-" + YEAR + ".pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf.getInputStream().readAllBytes()));
        assertThat(text).contains("УТВЕРЖДАЮ", "Приказ № 1-од от " + ORDER_DATE, "Окружные педагогические чтения");
    }

    @Test
    void shouldTurnAnSmtpFailureIntoAnIncidentAfterRetriesAndDeliverOnceFixed() throws Exception {
        ProcessInstance instance = approvedPlan();
        MAIL.stop();
        Job job = management.createJobQuery().processInstanceId(instance.getId()).list().get(0);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();
        }

        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isOne();
        assertThat(instance).isNotEnded();

        MAIL.start();
        management.setJobRetries(job.getId(), 1);
        assertThat(scenario.runJobs(instance.getId())).isOne();
        assertThat(MAIL.getReceivedMessages()).hasSize(6);
        assertThat(instance).isEnded();
    }

    private ProcessInstance approvedPlan() {
        ProcessInstance instance = plan.start(YEAR);
        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plan.approve(instance, "1-од", TODAY);
        return instance;
    }

    private static List<String> recipients(MimeMessage[] messages) throws Exception {
        List<String> addresses = new ArrayList<>();
        for (MimeMessage message : messages) {
            Arrays.stream(message.getAllRecipients()).map(Address::toString)
                    .map(a -> a.replaceAll(".*<(.*)>", "$1")).forEach(addresses::add);
        }
        return addresses;
    }

    private static String html(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        Multipart related = (Multipart) multipart.getBodyPart(0).getContent();
        return related.getBodyPart(0).getContent().toString();
    }

    private static Part attachment(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        return multipart.getBodyPart(1);
    }
}
