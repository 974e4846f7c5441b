package org.sovet.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.SessionItem;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretary's «Записать ход заседания» commits without rendering anything: the protocol's draft is rendered by
 * the job that follows, and meanwhile its pages say it is being prepared. A draft is rendered once per content: a
 * review that changed nothing keeps the files reviewed. The last signature renders nothing either: the signed files
 * are the next job's, and until then the protocol is on signature with the reviewed draft.
 */
class DocumentsOffTheClickTest extends SovetTest {

    private static final List<SessionItem> RECORD = List.of(new SessionItem("Анализ работы кластера", "Воронцов А.Н.",
            "Воронцов А.Н. проанализировал работу кластера.", null,
            List.of(new SessionItem.DecisionDraft("Принять анализ к сведению.", "SIMPLE", 5, 0, 0, null, null, null))));
    /** Put in place of the draft's PDF: still there afterwards, the draft was not rendered again. */
    private static final byte[] MARKER = "не перерисован".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Autowired MeetingFixture meeting;
    @Autowired ProtocolService protocols;
    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldSayTheDraftIsBeingPreparedUntilTheJobAfterTheClickHasRenderedIt() throws IOException {
        ProcessInstance instance = held();
        long id = meeting.meetingId(instance);

        meeting.submitSessionRecord(instance, "Заседание открыл председатель.", RECORD, Map.of());

        assertThat(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null)).as("nothing to review yet").isNull();
        assertThat(protocols.summary(id).orElseThrow().preparing()).isTrue();
        ResponseEntity<String> early = get("/protocols/" + id + "/document.pdf", String.class);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(early.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(early.getBody()).contains("Проект протокола готовится");
        assertThat(get("/protocols/" + id + "/document.docx", String.class).getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        ResponseEntity<String> check = get("/portal/protocols/" + id + "/verify", String.class);
        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(check.getBody()).contains("Проект протокола готовится");
        assertThat(archive()).contains("проект готовится", "Файлы появятся через несколько секунд")
                .doesNotContain("/protocols/" + id + "/document.pdf");

        assertThat(meeting.assembleProtocols()).as("one job renders the draft").isOne();

        assertThat(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null)).isNotNull();
        ResponseEntity<byte[]> pdf = get("/protocols/" + id + "/document.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(pdf.getBody())).contains("ПРОЕКТ", "Принять анализ к сведению.");
        assertThat(archive()).contains("/protocols/" + id + "/document.pdf").doesNotContain("проект готовится");
    }

    @Test
    void shouldKeepTheDraftsFilesWhenTheReviewChangedNothing() {
        long id = recorded();
        jdbc.sql("update protocol set pdf = ? where meeting_id = ?").params(MARKER, id).update();

        meeting.submit(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY, Map.of());

        assertThat(protocols.summary(id).orElseThrow().status()).isEqualTo("SIGNING");
        assertThat(protocols.stored(id).orElseThrow().pdf()).as("the files reviewed go to the signers").isEqualTo(MARKER);
    }

    @Test
    void shouldRenderTheDraftAgainWhenTheReviewChangedItsText() throws IOException {
        long id = recorded();
        jdbc.sql("update protocol set pdf = ? where meeting_id = ?").params(MARKER, id).update();

        meeting.submit(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY,
                Map.of(ProtocolProcess.Vars.OPENING, "Заседание открыл заместитель председателя."));

        assertThat(text(protocols.stored(id).orElseThrow().pdf())).contains("Заседание открыл заместитель председателя.");
    }

    @Test
    void shouldFreezeTheSignedProtocolInTheJobAfterTheLastSignatureAndOfferOnlyTheDraftUntilThen() throws IOException {
        long id = recorded();
        meeting.submit(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY, Map.of());
        for (String signer : List.of(MeetingFixture.CHAIR, MeetingFixture.SECRETARY)) {
            meeting.submit(meeting.protocolTask(id, ProtocolProcess.Elements.SIGN, signer), signer,
                    Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));
        }

        var pending = protocols.summary(id).orElseThrow();
        assertThat(pending.status()).as("the last click rendered nothing").isEqualTo("SIGNING");
        assertThat(pending.signatures()).hasSize(2);
        assertThat(protocols.verify(id)).isFalse();
        ResponseEntity<byte[]> draft = get("/protocols/" + id + "/document.pdf", byte[].class);
        assertThat(draft.getHeaders().getContentDisposition().getFilename()).endsWith("-proekt.pdf");
        assertThat(text(draft.getBody())).contains("ПРОЕКТ");

        assertThat(meeting.freezeProtocols()).as("one job freezes it").isOne();

        assertThat(protocols.summary(id).orElseThrow().status()).isEqualTo("SIGNED");
        assertThat(protocols.verify(id)).isTrue();
        ResponseEntity<byte[]> signed = get("/protocols/" + id + "/document.pdf", byte[].class);
        assertThat(signed.getHeaders().getContentDisposition().getFilename()).doesNotContain("proekt");
        assertThat(text(signed.getBody())).doesNotContain("ПРОЕКТ").contains("Принять анализ к сведению.");
    }

    private ProcessInstance held() {
        return meeting.held("IN_PERSON", List.of(MeetingFixture.item("Анализ работы кластера", "Воронцов А.Н.", 10)),
                List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"));
    }

    private long recorded() {
        ProcessInstance instance = held();
        meeting.recordSession(instance, "Заседание открыл председатель.", RECORD);
        return meeting.meetingId(instance);
    }

    private String archive() {
        ResponseEntity<String> page = get("/portal/" + MeetingFixture.CLUSTER, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    private <T> ResponseEntity<T> get(String path, Class<T> type) {
        return http.withBasicAuth(MeetingFixture.SECRETARY, "demo").getForEntity(path, type);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
