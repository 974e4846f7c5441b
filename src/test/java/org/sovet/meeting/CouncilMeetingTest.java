package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.meeting.MeetingProcess.Elements;
import static org.sovet.meeting.MeetingProcess.Vars;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

class CouncilMeetingTest extends SovetTest {

    private static final List<String> PODOSINOVETS_MEMBERS = List.of("vorontsov@example.org", "kolesnikova@example.org",
            "zueva@example.org", "belyaev@example.org", "polyakova@example.org", "shilov@example.org");

    @Autowired MeetingFixture meeting;
    @Autowired MeetingService meetings;
    @Autowired ManagementService management;
    @Autowired TestClock clock;

    @Test
    void shouldNumberProtocolsInSequencePerCouncilAndNeverTwice() {
        ProcessInstance first = meeting.schedule();
        ProcessInstance second = meeting.schedule();
        ProcessInstance otherCouncil = meeting.schedule("oparino", "bykova", Map.of(Vars.PLACE, "КОГОБУ СШ пгт Опарино"));

        assertThat(protocolNumber(first)).isEqualTo(1);
        assertThat(protocolNumber(second)).isEqualTo(2);
        assertThat(protocolNumber(otherCouncil)).isEqualTo(1);
        Meeting oparino = meetings.meeting(meetingId(otherCouncil));
        LocalDate held = MeetingFixture.inTwoWeeks();
        int start = held.getMonthValue() >= 9 ? held.getYear() : held.getYear() - 1;
        assertThat(oparino.numberingPeriod()).as("Oparino numbers within the academic year").isEqualTo(start + "-" + (start + 1));
    }

    @Test
    void shouldAskEveryVotingMemberForProposalsAndTakeThemIntoTheDraftAgenda() {
        ProcessInstance instance = meeting.schedule();
        assertThat(meeting.tasks(instance, Elements.PROPOSE)).hasSize(6)
                .extracting(t -> t.getAssignee()).doesNotContain("krylova");

        meeting.propose(instance, "belyaev", List.of(item("О курсовой подготовке педагогов", "Беляев С.И.", 10)));
        for (var task : meeting.tasks(instance, Elements.PROPOSE)) {
            meeting.propose(instance, task.getAssignee(), List.of(new AgendaEntry(null, null, null, null, null, null, null)));
        }

        assertThat(instance).isWaitingAt(Elements.COMPOSE_AGENDA);
        assertThat(meeting.task(instance, Elements.COMPOSE_AGENDA)).isAssignedTo(MeetingFixture.SECRETARY);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.AGENDA).toString())
                .contains("О курсовой подготовке педагогов");
    }

    @Test
    void shouldCloseProposalsAtTheDeadlineAndRefuseALateOne() {
        ProcessInstance instance = meeting.schedule();
        var task = meeting.tasks(instance, Elements.PROPOSE).get(0);

        clock.advance(Duration.ofDays(13));
        assertThatThrownBy(() -> meeting.propose(instance, task.getAssignee(), List.of(item("Поздний вопрос", "Шилов О.П.", 5))))
                .hasMessageContaining("Приём предложений в повестку закрыт");

        Job deadline = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        management.executeJob(deadline.getId());
        assertThat(meeting.tasks(instance, Elements.PROPOSE)).isEmpty();
        assertThat(instance).isWaitingAt(Elements.COMPOSE_AGENDA).hasPassed(Elements.PROPOSAL_DEADLINE);
        assertThat(meetings.proposals(meetingId(instance))).isEmpty();
    }

    @Test
    void shouldInviteEveryMemberWithTheAgendaAndACalendarEventOnceTheChairApproves() throws Exception {
        ProcessInstance instance = agendaComposed();
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_RETURN, "Добавьте вопрос о мониторинге.");
        assertThat(instance).isWaitingAt(Elements.COMPOSE_AGENDA);

        meeting.compose(instance, List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10),
                item("О мониторинге участия школ", "Колесникова И.П.", 5)));
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        assertThat(meetings.meeting(meetingId(instance)).status()).isEqualTo(MeetingStatus.INVITED);

        MAIL.purgeEmailFromAllMailboxes();
        assertThat(runMailJobs(instance, Elements.SEND_INVITATIONS)).isEqualTo(6);

        assertThat(recipients()).containsExactlyInAnyOrderElementsOf(PODOSINOVETS_MEMBERS);
        MimeMessage invitation = MAIL.getReceivedMessages()[0];
        assertThat(invitation.getSubject()).startsWith("Приглашение: Заседание Координационного Совета № 1");
        assertThat(html(invitation)).contains("Приглашаем вас на заседание", "О мониторинге участия школ", "5 мин",
                "КОГОБУ СШ пгт Подосиновец, актовый зал", "/portal/podosinovets#meeting-" + meetingId(instance),
                "/meetings/" + meetingId(instance) + "/materials");
        Calendar ics = ics(invitation);
        assertThat(ics.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        var event = ics.getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("meeting-" + meetingId(instance) + "@sovet");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains("Заседание Координационного Совета № 1");
        assertThat(instance).isWaitingAt(Elements.MANAGE);
    }

    @Test
    void shouldRemindTheDayBeforeAndSendUpdatesAndCancellationsThatReplaceTheEvent() throws Exception {
        ProcessInstance instance = invited();
        long meetingId = meetingId(instance);

        Job reminder = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        management.executeJob(reminder.getId());
        MAIL.purgeEmailFromAllMailboxes();
        assertThat(runMailJobs(instance, Elements.SEND_REMINDERS)).isEqualTo(6);
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).startsWith("Напоминание: Заседание Координационного Совета № 1");

        meeting.manage(instance, MeetingProcess.ACTION_RESCHEDULE, MeetingFixture.inTwoWeeks().plusDays(3), "10:00");
        MAIL.purgeEmailFromAllMailboxes();
        assertThat(runMailJobs(instance, Elements.SEND_UPDATES)).isEqualTo(6);
        var update = ics(MAIL.getReceivedMessages()[0]).getComponent("VEVENT").orElseThrow();
        assertThat(update.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).startsWith("Заседание перенесено");
        assertThat(instance).isWaitingAt(Elements.MANAGE);

        meeting.manage(instance, MeetingProcess.ACTION_CANCEL, null, null);
        MAIL.purgeEmailFromAllMailboxes();
        assertThat(runMailJobs(instance, Elements.SEND_CANCELLATIONS)).isEqualTo(6);
        Calendar cancel = ics(MAIL.getReceivedMessages()[0]);
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(cancel.getComponent("VEVENT").orElseThrow().getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        assertThat(instance).isEnded().hasPassed(Elements.END_CANCELLED);
        assertThat(meetings.meeting(meetingId).status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void shouldRefuseABadScheduleAndStartNothing() {
        assertThatThrownBy(() -> meeting.schedule("podosinovets", "kolesnikova", Map.of(Vars.PLACE, "")))
                .hasMessageContaining("Для очного заседания укажите место проведения.");
        assertThatThrownBy(() -> meeting.schedule("podosinovets", "kolesnikova",
                Map.of(Vars.FORMAT, "ONLINE", Vars.LINK, "zoom")))
                .hasMessageContaining("ссылку на видеоконференцию");
        assertThatThrownBy(() -> meeting.schedule("podosinovets", "kolesnikova",
                Map.of(Vars.DATE, LocalDate.now(ZoneId.of("Europe/Kirov")).minusDays(1).toString())))
                .hasMessageContaining("не раньше завтрашнего дня");
        assertThatThrownBy(() -> meeting.schedule("podosinovets", "kolesnikova", Map.of(Vars.FORMAT, "IN_WRITING")))
                .hasMessageContaining("укажите срок, до которого члены Совета голосуют");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void shouldRefuseAnEmptyAgendaAndAReturnWithoutRemarks() {
        ProcessInstance instance = meeting.schedule();
        closeProposals(instance);

        assertThatThrownBy(() -> meeting.compose(instance, List.of())).hasMessageContaining("Повестка пуста");
        assertThatThrownBy(() -> meeting.compose(instance, List.of(item("Вопрос", "Беляев С.И.", 0))))
                .hasMessageContaining("регламент — от 1 до 240 минут");
        meeting.compose(instance, List.of(item("Вопрос", "Беляев С.И.", 5)));
        assertThatThrownBy(() -> meeting.reviewAgenda(instance, MeetingProcess.DECISION_RETURN, " "))
                .hasMessageContaining("Напишите замечания к повестке");
        assertThat(instance).isWaitingAt(Elements.APPROVE_AGENDA);
    }

    private ProcessInstance agendaComposed() {
        ProcessInstance instance = meeting.schedule();
        closeProposals(instance);
        meeting.compose(instance, List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10)));
        return instance;
    }

    private ProcessInstance invited() {
        ProcessInstance instance = agendaComposed();
        meeting.reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        runMailJobs(instance, Elements.SEND_INVITATIONS);
        return instance;
    }

    private void closeProposals(ProcessInstance instance) {
        Job deadline = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        management.executeJob(deadline.getId());
    }

    /** Runs the mail step's one job; how many mails the server holds after it. */
    private int runMailJobs(ProcessInstance instance, String activity) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activity).singleResult();
        assertThat(job).as("one job mails everyone: " + activity).isNotNull();
        management.executeJob(job.getId());
        return MAIL.getReceivedMessages().length;
    }

    private long meetingId(ProcessInstance instance) {
        return (Long) engine.getRuntimeService().getVariable(instance.getId(), Vars.MEETING_ID);
    }

    private int protocolNumber(ProcessInstance instance) {
        return meetings.meeting(meetingId(instance)).protocolNumber();
    }

    private static List<String> recipients() {
        return Arrays.stream(MAIL.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString().replaceAll(".*<(.*)>", "$1");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String html(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        Multipart related = (Multipart) mixed.getBodyPart(0).getContent();
        return related.getBodyPart(0).getContent().toString();
    }

    private static Calendar ics(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        byte[] bytes = mixed.getBodyPart(1).getInputStream().readAllBytes();
        return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    }
}
