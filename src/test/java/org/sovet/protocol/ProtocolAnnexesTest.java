package org.sovet.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.support.DatabaseRefusals.assertRefused;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sovet.common.ClosedRecordException;
import org.sovet.common.FormJson;
import org.sovet.common.Hashes;
import org.sovet.common.RussianDates;
import org.sovet.document.FileStore;
import org.sovet.document.UploadSamples;
import org.sovet.meeting.Materials;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.SessionItem;
import org.sovet.support.MailText;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Materials the secretary numbers as annexes become part of the signed protocol: listed, fingerprinted, mailed, archived. */
class ProtocolAnnexesTest extends SovetTest {

    private static final List<String> PRESENT = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova");
    private static final String MONITORING = "Мониторинг участия ОО.pdf";
    private static final String SCHEDULE = "График посещений.xlsx";
    private static final byte[] MONITORING_PDF = UploadSamples.pdf(3);
    private static final byte[] SCHEDULE_XLSX = UploadSamples.xlsx();

    @Autowired MeetingFixture meeting;
    @Autowired ProtocolService protocols;
    @Autowired Annexes annexes;
    @Autowired Materials materials;
    @Autowired SignedProtocolTexts texts;
    @Autowired FormJson json;
    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate http;

    @Test
    void shouldListTheAnnexesInTheSignedProtocolAndCoverThemByItsSha256() throws Exception {
        long id = recordedWithMaterials();
        List<AnnexRow> offered = json.list(engine.getTaskService().getVariable(review(id).getId(), ProtocolProcess.Vars.ANNEXES),
                AnnexRow.class, "приложения");
        assertThat(offered).extracting(AnnexRow::fileName).containsExactly(MONITORING, SCHEDULE);
        assertThat(offered).extracting(AnnexRow::number).containsOnlyNulls();

        reviewAndSign(id, List.of(annex(id, 0, 1, "Форма ежемесячного отчета", null), annex(id, 1, 2, "График посещений", 2)));

        for (String text : texts.of(id)) {
            assertThat(text).contains("Приложения: Приложение 1. Форма ежемесячного отчета на 3 л.",
                    "Приложение 2. График посещений на 2 л. Файл «" + SCHEDULE + "», SHA-256: " + Hashes.sha256(SCHEDULE_XLSX) + ".");
        }
        var served = http.withBasicAuth("belyaev", "demo").getForEntity("/protocols/" + id + "/document.pdf", byte[].class).getBody();
        assertThat(protocols.stored(id).orElseThrow().sha256()).isEqualTo(Hashes.sha256(served));
        assertThat(protocols.verify(id)).as("the PDF and each annex file are the signed ones").isTrue();
        try (var pdf = Loader.loadPDF(served)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pageText(pdf, pages - 3)).as("the protocol ends before the annex").contains("Приложение 1.");
            assertThat(List.of(pageText(pdf, pages - 2), pageText(pdf, pages - 1), pageText(pdf, pages)))
                    .as("the PDF annex's three pages close the signed PDF")
                    .containsExactly("Annex page 1", "Annex page 2", "Annex page 3");
        }
    }

    @Test
    void shouldMailTheSignedProtocolWithItsNonPdfAnnexesAndServeThemFromTheArchiveToTheClusterOnly() throws Exception {
        long id = recordedWithMaterials();
        reviewAndSign(id, List.of(annex(id, 0, 1, "Форма ежемесячного отчета", null), annex(id, 1, 2, "График посещений", 2)));
        MAIL.purgeEmailFromAllMailboxes();

        meeting.runJobs(ProtocolProcess.Elements.SEND);

        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getSubject()).contains("подписан");
        assertThat(MailText.html(mail)).as("the archive and the check page, not a hash to compare by eye")
                .contains("/portal/podosinovets#protocol-" + id, "/portal/protocols/" + id + "/verify",
                        "Приложение 2. График посещений на 2 л.")
                .doesNotContain("SHA-256").doesNotMatch(MailText.SHA_256);
        assertThat(attachmentNames(mail)).as("the PDF annex is inside the signed PDF, not beside it")
                .containsExactly("protokol-1-" + RussianDates.shortDate(MeetingFixture.inTwoWeeks()) + ".pdf", "Приложение 2 - " + SCHEDULE);
        String archive = http.withBasicAuth("belyaev", "demo").getForObject("/portal/podosinovets", String.class);
        assertThat(archive).contains("/protocols/" + id + "/annexes/1", "Приложение 1. Форма ежемесячного отчета",
                "/protocols/" + id + "/annexes/2", "Приложение 2. График посещений");
        var download = http.withBasicAuth("belyaev", "demo").getForEntity("/protocols/" + id + "/annexes/2", byte[].class);
        assertThat(download.getBody()).isEqualTo(SCHEDULE_XLSX);
        assertThat(download.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;");
        assertThat(http.withBasicAuth("bykova", "demo").getForEntity("/protocols/" + id + "/annexes/2", byte[].class)
                .getStatusCode()).as("another cluster's user").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("belyaev", "demo").getForEntity("/protocols/" + id + "/annexes/3", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldRefuseAnnexesThatAreNotTheMeetingsOwnOrLackANumberTitleOrSheetsInRussian() throws IOException {
        long id = recordedWithMaterials();
        long other = otherMeetingWithMaterial();
        browser().upload("/meetings/" + id + "/materials", "скан.pdf", UploadSamples.pdf());
        long broken = materials.of(id).get(2).id();

        assertReviewRefused(id, "не найден среди материалов этого заседания", new AnnexRow(other, "чужой.pdf", 1, "Чужой", 1));
        assertReviewRefused(id, "не найден среди материалов этого заседания", new AnnexRow(987654L, "нет.pdf", 1, "Нет", 1));
        assertReviewRefused(id, "В строке приложений не указан материал.", new AnnexRow(null, "нет.pdf", 1, "Нет", 1));
        assertReviewRefused(id, "число листов — от 1 до 1000", annex(id, 1, 1, "График посещений", 0));
        assertReviewRefused(id, "укажите число листов", annex(id, 1, 1, "График посещений", null));
        assertReviewRefused(id, "укажите название", annex(id, 0, 1, " ", null));
        assertReviewRefused(id, "укажите номер приложения", annex(id, 0, null, "Форма ежемесячного отчета", null));
        assertReviewRefused(id, "Номера приложений идут подряд с 1, без повторов и пропусков (указаны: 1, 3).",
                annex(id, 0, 1, "Форма", null), annex(id, 1, 3, "График", 1));
        assertReviewRefused(id, "PDF не открывается", new AnnexRow(broken, "скан.pdf", 1, "Скан", null));
        assertThat(annexes.of(id)).isEmpty();

        reviewAndSign(id, List.of());
        for (String text : texts.of(id)) {
            assertThat(text).as("a protocol without annexes prints no such section").doesNotContain("Приложения:", "SHA-256");
        }
    }

    @Test
    void shouldRefuseAnyChangeToTheAnnexesOfASignedProtocol() {
        long id = recordedWithMaterials();
        reviewAndSign(id, List.of(annex(id, 0, 1, "Форма ежемесячного отчета", null)));
        List<ProtocolAnnex> signed = annexes.of(id);

        assertThatThrownBy(() -> annexes.choose(id, List.of(annex(id, 1, 1, "График посещений", 2))))
                .isInstanceOf(ClosedRecordException.class)
                .hasMessageContaining("Протокол заседания № 1 подписан: изменить его приложения нельзя.");
        assertRefused(jdbc, "Протокол подписан и не может быть изменён.",
                "update protocol_annex set sheets = 9 where meeting_id = " + id,
                "update protocol_annex set content = content where meeting_id = " + id,
                "delete from protocol_annex where meeting_id = " + id,
                "insert into protocol_annex (meeting_id, number, material_id, title, sheets, file_name, content_type, content, sha256)"
                        + " select meeting_id, 2, material_id, title, sheets, file_name, content_type, content, sha256"
                        + " from protocol_annex where meeting_id = " + id);

        assertThat(annexes.of(id)).isEqualTo(signed);
        assertThat(protocols.verify(id)).isTrue();
    }

    /** Held, two materials uploaded on the materials page (a 3-page PDF, then an XLSX), the session recorded. */
    private long recordedWithMaterials() {
        ProcessInstance held = meeting.held("IN_PERSON", List.of(item("Об итогах мониторинга", "Колесникова И.П.", 10)), PRESENT);
        long id = meeting.meetingId(held);
        SessionClient secretary = browser();
        assertThat(secretary.upload("/meetings/" + id + "/materials", MONITORING, MONITORING_PDF).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(secretary.upload("/meetings/" + id + "/materials", SCHEDULE, SCHEDULE_XLSX).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        meeting.recordSession(held, null, List.of(new SessionItem("Об итогах мониторинга", "Колесникова И.П.", null, null,
                List.of(new SessionItem.DecisionDraft("Утвердить форму ежемесячного отчета (Приложение 1).", "SIMPLE", 5, 0, 0,
                        null, null, null)))));
        return id;
    }

    private long otherMeetingWithMaterial() {
        long other = meeting.meetingId(meeting.schedule());
        materials.upload(other, MeetingFixture.SECRETARY, "чужой.pdf", UploadSamples.pdf(1));
        return materials.of(other).get(0).id();
    }

    /** The row of the meeting's {@code index}-th material. */
    private AnnexRow annex(long meetingId, int index, Integer number, String title, Integer sheets) {
        FileStore.StoredFile file = materials.of(meetingId).get(index);
        return new AnnexRow(file.id(), file.fileName(), number, title, sheets);
    }

    private void assertReviewRefused(long meetingId, String reason, AnnexRow... rows) {
        assertThatThrownBy(() -> meeting.submit(review(meetingId), MeetingFixture.SECRETARY,
                Map.of(ProtocolProcess.Vars.ANNEXES, json.json(List.of(rows))))).as(reason).hasMessageContaining(reason);
    }

    private void reviewAndSign(long meetingId, List<AnnexRow> rows) {
        meeting.submit(review(meetingId), MeetingFixture.SECRETARY, Map.of(ProtocolProcess.Vars.ANNEXES, json.json(rows)));
        for (String signer : List.of(MeetingFixture.CHAIR, MeetingFixture.SECRETARY)) {
            meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, signer), signer,
                    Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));
        }
        meeting.freezeProtocols();
    }

    private Task review(long meetingId) {
        return meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null);
    }

    private SessionClient browser() {
        SessionClient browser = new SessionClient(http);
        browser.logIn(MeetingFixture.SECRETARY, "demo", "/");
        return browser;
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ").strip();
    }

    private static List<String> attachmentNames(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(MimeUtility.decodeText(part.getFileName()));
            }
        }
        return names;
    }
}
