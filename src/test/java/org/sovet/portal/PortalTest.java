package org.sovet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;
import static org.sovet.plan.WorkPlanFixture.podosinovetsPlan;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.common.RussianDates;
import org.sovet.meeting.MeetingFixture;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.SessionItem;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.plan.WorkPlanService;
import org.sovet.protocol.ProtocolService;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The archive shows each person their own clusters, the supervisor all of them, and nobody anything to change. */
class PortalTest extends SovetTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Kirov"));
    private static final int YEAR = TODAY.getYear();
    private static final int MEETING_YEAR = MeetingFixture.inTwoWeeks().getYear();
    private static final String PODOSINOVETS = "Образовательный кластер Подосиновского района";
    private static final String OPARINO = "Опаринский образовательный кластер";
    private static final String VPOLYANY = "Образовательный кластер при Вятском многопрофильном лицее";
    private static final String DECISION = "Опорной школе составить график посещений Центра «Точка роста» (Приложение 2).";

    @Autowired TestRestTemplate http;
    @Autowired WorkPlanFixture plan;
    @Autowired MeetingFixture meeting;
    @Autowired WorkPlanService plans;
    @Autowired ProtocolService protocols;
    @Autowired JdbcClient jdbc;
    private long planId;
    private long meetingId;

    @BeforeEach
    void anApprovedPlanAndASignedProtocolInPodosinovets() {
        ProcessInstance approval = plan.start(YEAR);
        plan.draft(approval, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plan.approve(approval, "1-од", TODAY);
        planId = plans.ofCluster(WorkPlanFixture.CLUSTER).get(0).id();

        ProcessInstance held = meeting.held("IN_PERSON", List.of(item("Центр «Точка роста»", "Воронцов А.Н.", 10)),
                List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"));
        meeting.recordSession(held, null, List.of(new SessionItem("Центр «Точка роста»", "Воронцов А.Н.", null, null,
                List.of(new SessionItem.DecisionDraft(DECISION, "SIMPLE", 5, 0, 0, "Опорная школа", "апрель " + (YEAR + 1) + " года", null)))));
        meetingId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(held.getId())
                .variableName(MeetingProcess.Vars.MEETING_ID).singleResult().getValue();
        meeting.reviewAndSign(meetingId, "vorontsov", "kolesnikova");
    }

    @Test
    void shouldShowTheSecretaryHerClustersPlanMeetingProtocolAndAssignments() {
        assertThat(page("kolesnikova", "/")).contains(PODOSINOVETS, "КОГОБУ СШ пгт Подосиновец").doesNotContain(OPARINO, VPOLYANY);

        assertThat(page("kolesnikova", "/portal/podosinovets")).contains(
                "Планы работы", "Утверждён", "№ 1-од от " + RussianDates.longDate(TODAY),
                "/plans/" + planId + "/document", "/audit/plans/" + planId,
                "Заседания", RussianDates.longDate(MeetingFixture.inTwoWeeks()), "очное", "Итоги работы кластера за полугодие",
                "Протокол подписан", "/meetings/" + meetingId + "/materials", "/audit/meetings/" + meetingId,
                "Протоколы", "/protocols/" + meetingId + "/document.pdf", "/protocols/" + meetingId + "/document.docx",
                "/portal/protocols/" + meetingId + "/verify", "Воронцов А.Н., Председатель Координационного Совета",
                "Колесникова И.П., Координатор-ответственный секретарь (методист)",
                "Поручения", DECISION, "30 апреля " + (YEAR + 1), "исполняется", "/assignments?cluster=podosinovets");
    }

    @Test
    void shouldConfirmOnTheCheckPageThatTheStoredProtocolIsTheSignedOne() {
        String check = page("kolesnikova", "/portal/protocols/" + meetingId + "/verify");

        assertThat(check).contains("Проверка подписи протокола", "Файл протокола совпадает с подписанным",
                protocols.summary(meetingId).orElseThrow().sha256()).doesNotContain("не совпадает");
    }

    @Test
    void shouldShowAMemberTheAssignmentsToReadButNotTheAssignmentsPage() {
        String archive = page("belyaev", "/portal/podosinovets");

        assertThat(archive).contains(DECISION, "Опорная школа", "исполняется").doesNotContain("href=\"/assignments");
    }

    @Test
    void shouldShowAnotherClusterNothingAndAnswerAsIfItDidNotExist() {
        assertThat(page("bykova", "/")).contains(OPARINO).doesNotContain(PODOSINOVETS, VPOLYANY);

        ResponseEntity<String> foreign = get("bykova", "/portal/podosinovets");
        ResponseEntity<String> unknown = get("bykova", "/portal/nowhere");
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody()).contains("Такого кластера нет среди доступных вам.").doesNotContain(PODOSINOVETS);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).isEqualTo(foreign.getBody());
        ResponseEntity<String> check = get("bykova", "/portal/protocols/" + meetingId + "/verify");
        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(check.getBody()).contains("Протокол не найден.");
    }

    @Test
    void shouldShowTheSupervisorEveryClusterWithNothingToChange() {
        assertThat(page("petrova", "/")).contains(PODOSINOVETS, OPARINO, VPOLYANY);

        String archive = page("petrova", "/portal/podosinovets");
        assertThat(archive).contains("/plans/" + planId + "/document", "/portal/protocols/" + meetingId + "/verify",
                "/assignments?cluster=podosinovets");
        assertThat(archive.toLowerCase()).doesNotContain("method=\"post\"");
    }

    @Test
    void shouldNarrowTheArchiveByYearTextAndStatus() {
        String plan = "/plans/" + planId + "/document";
        String meetingLink = "/meetings/" + meetingId + "/materials";

        assertThat(search("q=точка роста")).contains(meetingLink, DECISION).doesNotContain(plan);
        assertThat(search("q=УШИНСКИЙ")).as("a plan item, in any case").contains(plan).doesNotContain(meetingLink);
        assertThat(search("q=полугодие")).contains(meetingLink).doesNotContain(plan);
        assertThat(search("year=" + YEAR)).contains(plan);
        assertThat(search("year=" + MEETING_YEAR + "&status=meeting:SIGNED"))
                .contains(meetingLink, "/protocols/" + meetingId + "/document.pdf").doesNotContain(plan, "<h2>Планы работы</h2>");
        assertThat(search("status=plan:APPROVED")).contains(plan).doesNotContain(meetingLink, "<h2>Заседания</h2>");
        assertThat(search("status=assignment:OPEN&q=график")).contains(DECISION).doesNotContain(plan, meetingLink);
        assertThat(search("status=meeting:CANCELLED")).contains("Ничего не найдено").doesNotContain(plan, meetingLink, DECISION);
        assertThat(search("year=" + (YEAR - 5))).contains("Ничего не найдено").doesNotContain(plan, meetingLink);
        assertThat(search("q=нет такого текста")).contains("Ничего не найдено");
    }

    @Test
    void shouldShowALongArchiveFiftyMeetingsAPageNewestFirst() {
        olderMeetings(60);
        String newest = "/meetings/" + meetingId + "/materials";

        assertThat(search("")).contains("Страница 1 из 2", newest, "Архивное заседание «49»", "Старше →")
                .doesNotContain("Архивное заседание «50»", "← Новее");
        assertThat(search("page=2")).contains("Страница 2 из 2", "Архивное заседание «50»", "Архивное заседание «60»", "← Новее")
                .as("the protocol and the assignment are the newest meeting's, on page 1").contains("На этой странице — нет.")
                .doesNotContain(newest, "Архивное заседание «49»", "Старше →", DECISION, "Протоколов пока нет", "Поручений пока нет");
        assertThat(search("page=99")).as("beyond the last page: the last").contains("Страница 2 из 2", "Архивное заседание «60»");
        assertThat(search("page=два")).as("not a number: the first page").contains("Страница 1 из 2", newest);
        assertThat(search("q=Архивное заседание «5")).as("a search short enough for one page has no pager")
                .contains("Архивное заседание «50»", "Архивное заседание «59»").doesNotContain("Страница", newest);
    }

    @Test
    void shouldSendAVisitorWithoutLoginToTheLoginPageAndBack() {
        var noRedirects = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);

        var archive = noRedirects.getForEntity("/portal/podosinovets?year=2024", String.class);
        var assignments = noRedirects.getForEntity("/assignments", String.class);

        assertThat(archive.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(archive.getHeaders().getLocation().getRawPath()).isEqualTo("/login");
        assertThat(archive.getHeaders().getLocation().getRawQuery()).isEqualTo("next=%2Fportal%2Fpodosinovets%3Fyear%3D2024");
        assertThat(assignments.getHeaders().getLocation().getRawQuery()).isEqualTo("next=%2Fassignments");
        assertThat(http.withBasicAuth("nobody", "wrong").getForEntity("/portal", String.class).getStatusCode())
                .as("a tool with wrong credentials").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldShareTheHeaderWithTheAssignmentsMaterialsAndHistoryPages() {
        assertThat(page("kolesnikova", "/assignments")).contains("Поручения Совета", "Колесникова Ирина Петровна",
                ">Архив</a>", ">Задачи</a>", ">Поручения</a>");
        assertThat(page("belyaev", "/meetings/" + meetingId + "/materials")).contains("Материалы заседания",
                "Беляев", ">Архив</a>").doesNotContain(">Поручения</a>");
        assertThat(page("kolesnikova", "/audit/plans/" + planId)).contains("Колесникова Ирина Петровна", ">Архив</a>");
    }

    @Test
    void shouldRefuseAChangeFormPostedWithoutTheSessionsFormToken() {
        long assignmentId = jdbc.sql("select id from assignment").query(Long.class).single();
        SessionClient chair = new SessionClient(http);
        chair.logIn("vorontsov", "demo", "/assignments");
        String cancel = "/assignments/" + assignmentId + "/cancel";

        ResponseEntity<String> forged = chair.post(cancel, Map.of("reason", "подделка с чужого сайта"));
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody()).contains("Обновите страницу");
        assertThat(status(assignmentId)).isEqualTo("OPEN");

        String token = SessionClient.token(chair.get("/assignments").getBody());
        assertThat(chair.post(cancel, Map.of("reason", "Решение утратило актуальность", "_csrf", token)).getStatusCode())
                .isEqualTo(HttpStatus.FOUND);
        assertThat(status(assignmentId)).isEqualTo("CANCELLED");
    }

    private String status(long assignmentId) {
        return jdbc.sql("select status from assignment where id = ?").param(assignmentId).query(String.class).single();
    }

    /** Meetings of earlier days, copied from the one held (the archive reads the meeting rows only). */
    private void olderMeetings(int count) {
        Map<String, Object> held = jdbc.sql("select * from meeting where id = ?").param(meetingId).query().singleRow();
        String columns = String.join(", ", held.keySet());
        String marks = String.join(", ", held.keySet().stream().map(c -> "?").toList());
        for (int i = 1; i <= count; i++) {
            Map<String, Object> copy = new LinkedHashMap<>(held);
            copy.put(key(held, "id"), meetingId + 10_000 + i);
            copy.put(key(held, "protocol_number"), 1_000 + i);
            copy.put(key(held, "theme"), "Архивное заседание «" + i + "»");
            copy.put(key(held, "process_instance_id"), null);
            copy.put(key(held, "starts_at"), daysEarlier(held.get(key(held, "starts_at")), i));
            jdbc.sql("insert into meeting (" + columns + ") values (" + marks + ")").params(new ArrayList<>(copy.values())).update();
        }
    }

    private static String key(Map<String, Object> row, String column) {
        return row.keySet().stream().filter(column::equalsIgnoreCase).findFirst().orElseThrow();
    }

    private static Object daysEarlier(Object startsAt, int days) {
        return startsAt instanceof OffsetDateTime time ? time.minusDays(days)
                : Timestamp.from(((Timestamp) startsAt).toInstant().minus(Duration.ofDays(days)));
    }

    private String search(String query) {
        return page("kolesnikova", "/portal/podosinovets?" + query);
    }

    private String page(String user, String path) {
        ResponseEntity<String> response = get(user, path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }
}
