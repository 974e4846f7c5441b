package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.directory.Directory;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** «Приду / Не приду» from the invitation: signed links per member and meeting, answers the secretary sees. */
class MeetingRepliesTest extends SovetTest {

    private static final Pattern LINK = Pattern.compile("href=\"https?://[^/\"]+(/meetings/\\d+/reply\\?[^\"]+)\"");
    private static final List<AgendaEntry> AGENDA = List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10),
            item("О мониторинге участия школ", "Колесникова И.П.", 5));

    @Autowired MeetingFixture meeting;
    @Autowired MeetingReplies replies;
    @Autowired MeetingService meetings;
    @Autowired RuntimeService runtime;
    @Autowired Directory directory;
    @Autowired TestRestTemplate http;

    @Test
    void shouldSendEachMemberHisOwnReplyLinksAndTheAgendaWithTheMaterialsInTheCalendarEvent() throws Exception {
        long meetingId = meeting.meetingId(meeting.invited("IN_PERSON", AGENDA));

        MimeMessage toBelyaev = invitationTo("belyaev");
        assertThat(links(toBelyaev)).hasSize(2).allMatch(link -> link.contains("member=belyaev"))
                .anyMatch(link -> link.contains("answer=COMING")).anyMatch(link -> link.contains("answer=NOT_COMING"));
        assertThat(html(toBelyaev)).contains(">Приду</a>", ">Не приду</a>");
        VEvent event = ics(toBelyaev);
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo(String.join("\n",
                "Тема: Итоги работы кластера за полугодие",
                "Повестка:",
                "1. Анализ работы кластера — Воронцов А.Н.",
                "2. О мониторинге участия школ — Колесникова И.П.",
                "Материалы заседания: http://localhost:8080/meetings/" + meetingId + "/materials"));
        assertThat(event.getProperties(Property.ATTENDEE)).allSatisfy(attendee -> assertThat(attendee.toString())
                .contains("RSVP=TRUE", "PARTSTAT=NEEDS-ACTION"));
    }

    @Test
    void shouldAskToConfirmThenRecordTheAnswerWithoutALoginAndLetTheMemberChangeIt() throws Exception {
        ProcessInstance instance = meeting.invited("IN_PERSON", AGENDA);
        long meetingId = meeting.meetingId(instance);
        int members = directory.councilMemberIds(MeetingFixture.CLUSTER).size();
        String notComing = link(invitationTo("belyaev"), "NOT_COMING");
        SessionClient loggedOut = new SessionClient(http);

        ResponseEntity<String> asked = loggedOut.get(notComing);
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asked.getBody()).contains("Подтвердить: «Не приду»");
        assertThat(replies.answerOf(meetingId, "belyaev")).as("opening the link, as a mail scanner does, answers nothing").isEmpty();

        ResponseEntity<String> recorded = loggedOut.post(path(notComing), form(notComing));
        assertThat(recorded.getBody()).contains("Ваш ответ записан: «Не приду».", "Ответить «Приду»");
        assertThat(expectedShown(instance))
                .isEqualTo("Придут: 0, не придут: 1, не ответили: " + (members - 1) + ". Кворум не ожидается.");

        String coming = link(invitationTo("belyaev"), "COMING");
        loggedOut.post(path(coming), form(coming));
        assertThat(replies.answerOf(meetingId, "belyaev")).contains(MeetingReply.COMING);
        assertThat(expectedShown(instance))
                .isEqualTo("Придут: 1, не придут: 0, не ответили: " + (members - 1) + ". Кворум не ожидается.");
    }

    @Test
    void shouldExpectAQuorumOnceMoreThanTheCouncilsShareWillComeAndShowItInTheArchive() throws Exception {
        ProcessInstance instance = meeting.invited("IN_PERSON", AGENDA);
        List<String> members = directory.councilMemberIds(MeetingFixture.CLUSTER);
        int quorum = members.size() / 2 + 1;
        SessionClient loggedOut = new SessionClient(http);
        for (String member : members.subList(0, quorum)) {
            String coming = link(invitationTo(member), "COMING");
            assertThat(loggedOut.post(path(coming), form(coming)).getStatusCode()).isEqualTo(HttpStatus.OK);
        }

        String expected = "Придут: " + quorum + ", не придут: 0, не ответили: " + (members.size() - quorum) + ". Кворум ожидается.";
        assertThat(expectedShown(instance)).isEqualTo(expected);
        SessionClient secretary = new SessionClient(http);
        secretary.logIn(MeetingFixture.SECRETARY, "demo", "/portal/" + MeetingFixture.CLUSTER);
        assertThat(secretary.open("/portal/" + MeetingFixture.CLUSTER).getBody()).contains(expected);
    }

    @Test
    void shouldRefuseForgedTokensAndAnotherMembersLinkAndChangeNothing() throws Exception {
        ProcessInstance instance = meeting.invited("IN_PERSON", AGENDA);
        long meetingId = meeting.meetingId(instance);
        String belyaevs = link(invitationTo("belyaev"), "NOT_COMING");
        Map<String, String> his = form(belyaevs);
        SessionClient abuser = new SessionClient(http);

        var asZueva = new java.util.HashMap<>(his);
        asZueva.put("member", "zueva");
        var guessed = new java.util.HashMap<>(his);
        guessed.put("token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        for (Map<String, String> forged : List.of(asZueva, guessed)) {
            ResponseEntity<String> refused = abuser.post(path(belyaevs), forged);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).contains("Ссылка недействительна");
        }
        long other = meeting.meetingId(meeting.invited("IN_PERSON", AGENDA));
        assertThat(abuser.post("/meetings/" + other + "/reply", his).getStatusCode()).as("his token for another meeting")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(abuser.get(belyaevs.replace("member=belyaev", "member=zueva")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(replies.answerOf(meetingId, "zueva")).isEmpty();
        assertThat(replies.answerOf(meetingId, "belyaev")).isEmpty();
        assertThat(replies.answerOf(other, "belyaev")).isEmpty();
        assertThat(expectedShown(instance)).startsWith("Придут: 0, не придут: 0");
    }

    @Test
    void shouldRefuseAnAnswerOnceTheMeetingBeganOrWasCancelled() throws Exception {
        ProcessInstance started = meeting.invited("IN_PERSON", AGENDA);
        String late = link(invitationTo("belyaev"), "COMING");
        meeting.untilStart(started);

        ResponseEntity<String> refused = new SessionClient(http).post(path(late), form(late));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).contains("Заседание уже началось: ответ изменить нельзя.");
        assertThat(replies.answerOf(meeting.meetingId(started), "belyaev")).isEmpty();

        MAIL.purgeEmailFromAllMailboxes();
        ProcessInstance cancelled = meeting.invited("IN_PERSON", AGENDA);
        String toCancelled = link(invitationTo("belyaev"), "COMING");
        meeting.manage(cancelled, MeetingProcess.ACTION_CANCEL, null, null);
        meeting.runJobs(MeetingProcess.Elements.SEND_CANCELLATIONS);
        assertThat(new SessionClient(http).get(toCancelled).getBody()).contains("Заседание отменено: ответ больше не нужен.");
    }

    private String expectedShown(ProcessInstance instance) {
        return (String) runtime.getVariable(instance.getId(), MeetingProcess.Vars.EXPECTED_ATTENDANCE);
    }

    /** The latest invitation to this member. */
    private static MimeMessage invitationTo(String member) throws Exception {
        MimeMessage found = null;
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getSubject().startsWith("Приглашение") && message.getAllRecipients()[0].toString().contains(member + "@")) {
                found = message;
            }
        }
        assertThat(found).as("an invitation to " + member).isNotNull();
        return found;
    }

    private static List<String> links(MimeMessage message) throws Exception {
        Matcher matcher = LINK.matcher(html(message));
        return matcher.results().map(m -> m.group(1).replace("&amp;", "&")).toList();
    }

    private static String link(MimeMessage message, String answer) throws Exception {
        return links(message).stream().filter(link -> link.contains("answer=" + answer + "&")).findFirst().orElseThrow();
    }

    private static String path(String link) {
        return link.substring(0, link.indexOf('?'));
    }

    /** The confirmation form's fields: those of the link. */
    private static Map<String, String> form(String link) {
        return Arrays.stream(link.substring(link.indexOf('?') + 1).split("&")).map(pair -> pair.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(pair -> pair[0],
                        pair -> java.net.URLDecoder.decode(pair[1], java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String html(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        Multipart related = (Multipart) mixed.getBodyPart(0).getContent();
        return related.getBodyPart(0).getContent().toString();
    }

    private static VEvent ics(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        byte[] bytes = mixed.getBodyPart(1).getInputStream().readAllBytes();
        return new CalendarBuilder().build(new ByteArrayInputStream(bytes)).<VEvent>getComponent("VEVENT").orElseThrow();
    }
}
