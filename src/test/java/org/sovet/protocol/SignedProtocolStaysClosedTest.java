package org.sovet.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.support.DatabaseRefusals.assertRefused;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.common.ClosedRecordException;
import org.sovet.meeting.ItemRecord;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.SessionItem;
import org.sovet.meeting.SessionService;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A signed protocol, its files and its signatures never change, through Sovet or around it. */
class SignedProtocolStaysClosedTest extends SovetTest {

    private static final List<String> PRESENT = List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova");
    private static final List<SessionItem> RECORD = List.of(new SessionItem("Анализ работы кластера", "Воронцов А.Н.",
            "Воронцов А.Н. проанализировал работу кластера.", null,
            List.of(new SessionItem.DecisionDraft("Принять анализ к сведению.", "SIMPLE", 5, 0, 0, null, null, null))));

    @Autowired MeetingFixture meeting;
    @Autowired ProtocolService protocols;
    @Autowired SessionService sessions;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldRefuseAnyChangeToSignedProtocol() {
        long id = meeting.signed(held(), RECORD);
        StoredProtocol before = protocols.stored(id).orElseThrow();
        ProtocolSummary summary = protocols.summary(id).orElseThrow();
        List<ItemRecord> narrative = sessions.itemRecords(id);

        for (Runnable change : List.<Runnable>of(
                () -> protocols.updateNarrative(id, "Другое открытие.", null, List.of(new ItemRecord("Другое.", null))),
                () -> protocols.draft(id),
                () -> protocols.startSigning(id),
                () -> protocols.sign(id, MeetingFixture.CHAIR, MeetingFixture.CHAIR),
                () -> protocols.freeze(id))) {
            assertThatThrownBy(change::run).isInstanceOf(ClosedRecordException.class)
                    .hasMessageContaining("Протокол заседания № 1 подписан: изменить его нельзя.");
        }
        assertThatThrownBy(() -> sessions.updateNarrative(id, "Другое открытие.", null, List.of(new ItemRecord("Другое.", null))))
                .isInstanceOf(ClosedRecordException.class).hasMessageContaining("Заседание № 1 закрыто: протокол подписан");

        StoredProtocol after = protocols.stored(id).orElseThrow();
        assertThat(after.pdf()).isEqualTo(before.pdf());
        assertThat(after.docx()).isEqualTo(before.docx());
        assertThat(protocols.summary(id).orElseThrow()).isEqualTo(summary);
        assertThat(sessions.itemRecords(id)).isEqualTo(narrative);
        assertThat(protocols.verify(id)).isTrue();
    }

    @Test
    void shouldFreezeAProtocolOnlyOnceEverySignerHasSigned() {
        ProcessInstance instance = held();
        meeting.recordSession(instance, null, RECORD);
        long id = meeting.meetingId(instance);
        meeting.submit(meeting.protocolTask(id, ProtocolProcess.Elements.REVIEW, null), MeetingFixture.SECRETARY, Map.of());
        meeting.submit(meeting.protocolTask(id, ProtocolProcess.Elements.SIGN, MeetingFixture.CHAIR), MeetingFixture.CHAIR,
                Map.of("signDecision", ProtocolProcess.SIGN));

        assertThatThrownBy(() -> protocols.freeze(id)).hasMessageContaining("Протокол подписали ещё не все подписанты");
        assertThat(protocols.summary(id).orElseThrow().status()).isEqualTo("SIGNING");
    }

    @Test
    void shouldRefuseDirectSqlChangesToASignedProtocolAndItsSignatures() {
        long id = meeting.signed(held(), RECORD);

        assertRefused(jdbc, "Протокол подписан и не может быть изменён.",
                "update protocol set status = 'DRAFT' where meeting_id = " + id,
                "update protocol set pdf = docx where meeting_id = " + id,
                "update protocol set sha256 = null, signed_at = null where meeting_id = " + id,
                "delete from protocol where meeting_id = " + id,
                "update protocol_signature set signed_at = signed_at where meeting_id = " + id,
                "delete from protocol_signature where meeting_id = " + id,
                "insert into protocol_signature (meeting_id, signer_id, role, signed_at)"
                        + " values (" + id + ", 'zueva', 'CURATOR', current_timestamp)");

        assertThat(protocols.summary(id).orElseThrow().signatures()).hasSize(2);
        assertThat(protocols.verify(id)).isTrue();
    }

    private ProcessInstance held() {
        return meeting.held("IN_PERSON", List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10)), PRESENT);
    }
}
