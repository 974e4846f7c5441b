package org.sovet.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    @Autowired SignedProtocolTexts texts;
    @Autowired MeetingService meetings;
    @Autowired Directory directory;

    @Test
    void shouldStateTheQuorumAndHowEachCountedDecisionWasDecidedAtAMeeting() {
        var held = meeting.held("IN_PERSON", List.of(MeetingFixture.item("О плане работы кластера", "Воронцов А.Н.", 10)),
                List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"));
        long meetingId = meeting.signed(held, List.of(new SessionItem("О плане работы кластера", "Воронцов А.Н.", null, null, List.of(
                new DecisionDraft("Утвердить план работы.", "SIMPLE", 4, 1, 0, null, null, null),
                new DecisionDraft("Изменить положение о Совете.", "QUALIFIED", 3, 2, 0, null, null, null),
                new DecisionDraft("Принять информацию к сведению.", "SIMPLE", null, null, null, null, null, null)))));
        int members = councilSize(meetingId);

        for (String text : texts.of(meetingId)) {
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
    void shouldStateTheShareOfBallotsAsTheQuorumOfAWrittenMeeting() {
        var instance = meeting.writtenVoteOnThePlan();
        var ballots = meeting.tasks(instance, MeetingProcess.Elements.CAST_BALLOT);
        long meetingId = meeting.votedAndSigned(instance, "ustinov", MeetingFixture.FOR_THE_PLAN);

        for (String text : texts.of(meetingId)) {
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

    /** The citation of the version the cluster's rule has now (another test class may have deployed its models again). */
    private String rule(String name, String key, String clusterId) {
        int version = engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .tenantIdIn(clusterId).latestVersion().singleResult().getVersion();
        return "(правило «" + name + "», версия " + version + ")";
    }
}
