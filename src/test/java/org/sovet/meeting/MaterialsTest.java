package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.document.FileStore;
import org.sovet.document.UploadSamples;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Materials are uploaded by the secretary, checked by their bytes, read by the cluster, and go with the invitation. */
class MaterialsTest extends SovetTest {

    @Autowired TestRestTemplate http;
    @Autowired MeetingFixture meeting;
    @Autowired Materials materials;
    @Autowired ManagementService management;

    private ProcessInstance instance;
    private long meetingId;
    private String page;

    @BeforeEach
    void scheduled() {
        instance = meeting.schedule();
        meetingId = (Long) engine.getRuntimeService().getVariable(instance.getId(), MeetingProcess.Vars.MEETING_ID);
        page = "/meetings/" + meetingId + "/materials";
    }

    @Test
    void shouldSendUploadedMaterialsWithTheInvitation() throws Exception {
        ResponseEntity<String> uploaded = browser("kolesnikova").upload(page, "Приложение 1 — мониторинг.pdf", UploadSamples.pdf());
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(browser("belyaev").upload(page, "чужой.pdf", UploadSamples.pdf()).getBody())
                .contains("Материалы загружают секретарь и председатель Совета.");
        assertThat(materials.of(meetingId)).extracting(FileStore.StoredFile::fileName).containsExactly("Приложение 1 — мониторинг.pdf");
        assertThat(http.withBasicAuth("belyaev", "demo").getForObject(page, String.class)).contains("Приложение 1 — мониторинг.pdf");
        assertThat(http.withBasicAuth("bykova", "demo").getForEntity(page + "/" + materials.of(meetingId).get(0).id(), byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        Part attached = invitationAttachment();
        assertThat(MimeUtility.decodeText(attached.getFileName())).isEqualTo("Приложение 1 — мониторинг.pdf");
        assertThat(attached.isMimeType("application/pdf")).isTrue();
    }

    @Test
    void shouldStoreTheTypeTheBytesShowSoABrowsersClaimCannotBreakTheInvitation() throws Exception {
        SessionClient secretary = browser("kolesnikova");
        String token = SessionClient.token(secretary.get(page).getBody());

        secretary.upload(page, "План мероприятий.docx", "text/html; это не тип", UploadSamples.docx(), token);

        assertThat(materials.of(meetingId)).singleElement().extracting(FileStore.StoredFile::contentType)
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(invitationAttachment().isMimeType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).isTrue();
    }

    @Test
    void shouldRefuseControlCharactersInAFileNameOrALoginInRussianAndStoreNothing() {
        for (String name : List.of("акт\u0000.pdf", "акт\u0007.pdf")) {
            var refused = browser("kolesnikova").upload(page, name, UploadSamples.pdf());

            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(refused.getBody()).contains("управляющие символы");
        }
        assertThat(materials.of(meetingId)).isEmpty();
        var login = new SessionClient(http).logIn("kolesnikova\u001b", "demo", "/");
        assertThat(login.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void shouldRefuseAFileThatIsNoDocumentInRussianAndStoreNothing() {
        SessionClient secretary = browser("kolesnikova");

        var refused = secretary.upload(page, "повестка.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("Файл такого вида не принимается.", "изображение JPEG или PNG");
        assertThat(materials.of(meetingId)).isEmpty();
    }

    @Test
    void shouldAnswerAFileOverTheLimitAndAFormWithoutAFileInRussian() {
        SessionClient secretary = browser("kolesnikova");
        String token = SessionClient.token(secretary.get(page).getBody());

        var tooLarge = secretary.upload(page, "скан.pdf", null, new byte[FileStore.MAX_BYTES + 1024 * 1024], token);
        var noFile = secretary.upload(page, null, null, null, token);

        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooLarge.getBody()).contains("Файл слишком большой", "до 20 МБ", "Колесникова Ирина Петровна");
        assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(noFile.getBody()).contains("Выберите файл.");
        assertThat(materials.of(meetingId)).isEmpty();
    }

    @Test
    void shouldRefuseAnUploadWithoutTheFormTokenEvenWithBasicCredentials() {
        var forged = browser("kolesnikova").upload(page, "отчёт.pdf", null, UploadSamples.pdf(), null);
        var basic = new SessionClient(http.withBasicAuth("kolesnikova", "demo")).upload(page, "отчёт.pdf", null, UploadSamples.pdf(), null);

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(basic.getBody()).contains("Форма устарела или отправлена не со страницы Совета.");
        assertThat(materials.of(meetingId)).isEmpty();
    }

    @Test
    void shouldServeMaterialsAsDownloadsTheBrowserNeitherSniffsNorRuns() {
        browser("kolesnikova").upload(page, "Приложение.pdf", UploadSamples.pdf());

        var download = http.withBasicAuth("belyaev", "demo").getForEntity(page + "/" + materials.of(meetingId).get(0).id(), byte[].class);

        assertThat(download.getBody()).isEqualTo(UploadSamples.pdf());
        assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(download.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(download.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.getHeaders().get("Content-Security-Policy")).containsExactly("sandbox");
    }

    private SessionClient browser(String user) {
        SessionClient browser = new SessionClient(http);
        browser.logIn(user, "demo", "/");
        return browser;
    }

    /** Approves the agenda, sends the invitations and returns the first one's material (after body and .ics). */
    private Part invitationAttachment() throws Exception {
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
        meeting.compose(instance, List.of(item("О мониторинге", "Колесникова И.П.", 5)));
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        MAIL.purgeEmailFromAllMailboxes();
        management.createJobQuery().activityId(MeetingProcess.Elements.SEND_INVITATIONS).list()
                .forEach(j -> management.executeJob(j.getId()));
        Multipart mail = (Multipart) MAIL.getReceivedMessages()[0].getContent();
        assertThat(mail.getCount()).isEqualTo(3);
        return mail.getBodyPart(2);
    }
}
