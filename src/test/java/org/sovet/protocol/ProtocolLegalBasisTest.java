package org.sovet.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.sovet.directory.Directory;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.MeetingService;
import org.sovet.meeting.SessionItem;
import org.sovet.meeting.SessionItem.DecisionDraft;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The signed protocol states its legal basis: the quorum and each counted decision's adoption, by rule and version. */
class ProtocolLegalBasisTest extends SovetTest {

    private static final String QUORUM_RULE = "(правило «Есть ли кворум», версия 1)";
    private static final String ADOPTION_RULE = "(правило «Принято ли решение», версия 1)";

    @Autowired MeetingFixture meeting;
    @Autowired ProtocolService protocols;
    @Autowired MeetingService meetings;
    @Autowired Directory directory;

    @Test
    void shouldStateTheQuorumAndHowEachCountedDecisionWasDecidedAtAMeeting() throws IOException {
        var held = meeting.held("IN_PERSON", List.of(MeetingFixture.item("О плане работы кластера", "Воронцов А.Н.", 10)),
                List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"));
        long meetingId = meeting.signed(held, List.of(new SessionItem("О плане работы кластера", "Воронцов А.Н.", null, null, List.of(
                new DecisionDraft("Утвердить план работы.", "SIMPLE", 4, 1, 0, null, null, null),
                new DecisionDraft("Изменить положение о Совете.", "QUALIFIED", 3, 2, 0, null, null, null),
                new DecisionDraft("Принять информацию к сведению.", "SIMPLE", null, null, null, null, null, null)))));
        int members = councilSize(meetingId);

        for (String text : texts(meetingId)) {
            assertThat(text).containsSubsequence("Присутствовали:",
                    "Кворум имеется: присутствуют 5 из " + members + " членов Совета " + QUORUM_RULE + ".",
                    "Повестка заседания",
                    "Утвердить план работы. Результат голосования: за — 4, против — 1, воздержались — нет. Решение принято. "
                            + "Принято простым большинством " + ADOPTION_RULE + ".",
                    "Изменить положение о Совете. Результат голосования: за — 3, против — 2, воздержались — нет. Решение не принято. "
                            + "Не принято квалифицированным большинством " + ADOPTION_RULE + ".",
                    "Принять информацию к сведению.");
            assertThat(text.split("правило «Принято ли решение»", -1)).as("no adoption line without counts").hasSize(3);
        }
    }

    @Test
    void shouldStateTheShareOfBallotsAsTheQuorumOfAWrittenMeeting() throws IOException {
        var instance = meeting.votingOpened("vpolyany", "ustinov", "sokolov",
                List.of(MeetingFixture.item("О плане работы кластера", "Соколов В.Д.", 10)),
                List.of(new SessionItem("О плане работы кластера", "Соколов В.Д.", null, null,
                        List.of(new DecisionDraft("Утвердить план работы.", "SIMPLE", null, null, null, null, null, null)))));
        var ballots = meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT);
        for (var ballot : ballots) {
            meeting.submit(ballot, ballot.getAssignee(), Map.of(MeetingProcess.Vars.BALLOT, SpinValues.jsonValue(
                    "[{\"title\":\"О плане работы кластера\",\"decisions\":[{\"text\":\"Утвердить план работы.\",\"choice\":\"FOR\"}]}]")
                    .create()));
        }
        meeting.runJobs(MeetingProcess.Elements.CAST_BALLOT);
        long meetingId = meeting.meetingId(instance);
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), "ustinov", Map.of());
        meeting.submit(meeting.protocolTask(meetingId, ProtocolProcess.Elements.SIGN, "ustinov"), "ustinov",
                Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));

        for (String text : texts(meetingId)) {
            assertThat(text).containsSubsequence("Голосовали:",
                    "Кворум имеется: проголосовали " + ballots.size() + " из " + councilSize(meetingId) + " членов Совета "
                            + rule("Есть ли кворум", "quorum", "vpolyany") + ".",
                    "Повестка заседания", "Утвердить план работы.", "Решение принято. Принято простым большинством "
                            + rule("Принято ли решение", "decision_adoption", "vpolyany") + ".");
        }
    }

    private int councilSize(long meetingId) {
        return directory.councilMembers(meetings.meeting(meetingId).clusterId()).size();
    }

    private List<String> texts(long meetingId) throws IOException {
        StoredProtocol stored = protocols.stored(meetingId).orElseThrow();
        try (var pdf = Loader.loadPDF(stored.pdf());
             var docx = new XWPFDocument(new ByteArrayInputStream(stored.docx()))) {
            return List.of(normalized(new PDFTextStripper().getText(pdf)), normalized(new XWPFWordExtractor(docx).getText()));
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The citation of the version the cluster's rule has now (another test class may have deployed its models again). */
    private String rule(String name, String key, String clusterId) {
        int version = engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .tenantIdIn(clusterId).latestVersion().singleResult().getVersion();
        return "(правило «" + name + "», версия " + version + ")";
    }
}
