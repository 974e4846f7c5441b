package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;

import jakarta.mail.Multipart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Materials are uploaded by the secretary, read by the cluster, and go with the invitation. */
class MaterialsTest extends SovetTest {

    @Autowired TestRestTemplate http;
    @Autowired MeetingFixture meeting;
    @Autowired Materials materials;
    @Autowired ManagementService management;

    @Test
    void shouldSendUploadedMaterialsWithTheInvitation() throws Exception {
        ProcessInstance instance = meeting.schedule();
        long meetingId = (Long) engine.getRuntimeService().getVariable(instance.getId(), MeetingProcess.Vars.MEETING_ID);

        ResponseEntity<String> uploaded = upload("kolesnikova", meetingId, "Приложение 1 — мониторинг.pdf");
        assertThat(uploaded.getStatusCode().is2xxSuccessful() || uploaded.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(upload("belyaev", meetingId, "чужой.pdf").getBody()).contains("Материалы загружают секретарь и председатель Совета.");
        assertThat(materials.of(meetingId)).extracting(org.sovet.document.FileStore.StoredFile::fileName).containsExactly("Приложение 1 — мониторинг.pdf");
        assertThat(http.withBasicAuth("belyaev", "demo").getForObject("/meetings/" + meetingId + "/materials", String.class))
                .contains("Приложение 1 — мониторинг.pdf");
        assertThat(http.withBasicAuth("bykova", "demo").getForEntity("/meetings/" + meetingId + "/materials/"
                + materials.of(meetingId).get(0).id(), byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
        meeting.compose(instance, List.of(item("О мониторинге", "Колесникова И.П.", 5)));
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        MAIL.purgeEmailFromAllMailboxes();
        management.createJobQuery().activityId(MeetingProcess.Elements.SEND_INVITATIONS).list()
                .forEach(j -> management.executeJob(j.getId()));

        Multipart mail = (Multipart) MAIL.getReceivedMessages()[0].getContent();
        assertThat(mail.getCount()).isEqualTo(3);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(mail.getBodyPart(2).getFileName()))
                .isEqualTo("Приложение 1 — мониторинг.pdf");
    }

    private ResponseEntity<String> upload(String user, long meetingId, String fileName) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource("%PDF-1.4 мониторинг".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity("/meetings/" + meetingId + "/materials",
                new HttpEntity<>(body, headers), String.class);
    }
}
