package org.sovet.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.support.ChildNode.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.sovet.followup.FollowUpProcess;
import org.sovet.meeting.MeetingProcess;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.protocol.ProtocolProcess;

/**
 * The Podosinovets council's steps as its people take them in Tasklist, through a {@link ChildNode}'s
 * /engine-rest: the plan approval, a meeting held and entered afterwards (its protocol, signatures and
 * assignment), a meeting to come (proposals, agenda, invitations, cancellation).
 */
public final class CouncilOverRest {

    public static final String CLUSTER = "podosinovets";
    public static final String SECRETARY = "kolesnikova";
    public static final String CHAIR = "vorontsov";
    /** The council's zone: «today» as its people say it. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Kirov");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChildNode node;

    public CouncilOverRest(ChildNode node) {
        this.node = node;
    }

    public String startPlan(int year) {
        return node.startForm(SECRETARY, WorkPlanProcess.KEY, CLUSTER, Map.of(WorkPlanProcess.Vars.PLAN_YEAR, year));
    }

    public void submitPlanDraft(String plan) {
        node.submit(SECRETARY, node.task(plan, WorkPlanProcess.Elements.DRAFT_PLAN, SECRETARY), Map.of(
                WorkPlanProcess.Vars.GOAL, "повышение качества образования",
                WorkPlanProcess.Vars.TASKS, json(List.of(Map.of("text", "развитие сотрудничества образовательных организаций"))),
                WorkPlanProcess.Vars.SECTIONS, json(List.of(Map.of("number", "1", "title", "Организационно-методическая деятельность",
                        "items", List.of(Map.of("number", "1.1", "what", "Проведение заседаний Координационного Совета",
                                "period", "1 раз в квартал", "responsible", "Председатель Совета", "result", "Протоколы"))))),
                WorkPlanProcess.Vars.DRAFT_ACTION, WorkPlanProcess.ACTION_SUBMIT));
    }

    public void approvePlan(String plan) {
        node.submit(CHAIR, node.task(plan, WorkPlanProcess.Elements.REVIEW_PLAN, null), Map.of(
                WorkPlanProcess.Vars.REVIEW_DECISION, WorkPlanProcess.DECISION_APPROVE,
                WorkPlanProcess.Vars.ORDER_NUMBER, "1-од", WorkPlanProcess.Vars.ORDER_DATE, LocalDate.now(ZONE).toString()));
    }

    /** A meeting held in person on paper that day at 14:00, entered afterwards: its agenda is entered next. */
    public String enterHeldMeeting(LocalDate date) {
        Map<String, Object> form = schedule(date);
        form.put(MeetingProcess.Vars.ENTERED_AFTERWARDS, true);
        return node.startForm(SECRETARY, MeetingProcess.KEY, CLUSTER, form);
    }

    /** A meeting in person that day at 14:00: members propose agenda items first. */
    public String scheduleMeeting(LocalDate date) {
        return node.startForm(SECRETARY, MeetingProcess.KEY, CLUSTER, schedule(date));
    }

    public void enterHeldAgenda(String meeting) {
        node.submit(SECRETARY, node.task(meeting, MeetingProcess.Elements.ENTER_HELD, SECRETARY),
                Map.of(MeetingProcess.Vars.AGENDA, json(List.of(item("Центр «Точка роста»")))));
    }

    public void propose(String meeting, String member, String title) {
        node.submit(member, node.task(meeting, MeetingProcess.Elements.PROPOSE, member),
                Map.of(MeetingProcess.Vars.PROPOSALS, json(List.of(item(title)))));
    }

    public void composeAgenda(String meeting) {
        node.submit(SECRETARY, node.task(meeting, MeetingProcess.Elements.COMPOSE_AGENDA, null),
                Map.of(MeetingProcess.Vars.AGENDA, json(List.of(item("Итоги полугодия"), item("О профориентации старшеклассников")))));
    }

    public void approveAgenda(String meeting) {
        Map<String, Object> form = new HashMap<>();
        form.put(MeetingProcess.Vars.REVIEW_DECISION, MeetingProcess.DECISION_APPROVE);
        form.put(MeetingProcess.Vars.REVIEW_REMARKS, null);
        node.submit(CHAIR, node.task(meeting, MeetingProcess.Elements.APPROVE_AGENDA, null), form);
    }

    public void cancel(String meeting) {
        Map<String, Object> form = new HashMap<>();
        form.put(MeetingProcess.Vars.MANAGE_ACTION, MeetingProcess.ACTION_CANCEL);
        form.put(MeetingProcess.Vars.NEW_DATE, null);
        form.put(MeetingProcess.Vars.NEW_TIME, null);
        node.submit(SECRETARY, node.task(meeting, MeetingProcess.Elements.MANAGE, SECRETARY), form);
    }

    public void recordAttendance(String meeting, List<String> present) {
        Map<String, Object> form = new HashMap<>();
        form.put(MeetingProcess.Vars.PRESENT, json(present));
        form.put(MeetingProcess.Vars.GUESTS, json(List.of()));
        form.put(MeetingProcess.Vars.MEMBERS_COUNT, null);
        form.put(MeetingProcess.Vars.ATTENDANCE_NOTE, null);
        form.put(MeetingProcess.Vars.AUDIENCE_VOTERS, null);
        node.submit(SECRETARY, node.task(meeting, MeetingProcess.Elements.RECORD_ATTENDANCE, SECRETARY), form);
    }

    /** One item, one decision adopted 5–0–0 that the anchor school (its director, the chair) carries out by next April. */
    public void recordSession(String meeting) {
        Map<String, Object> decision = new HashMap<>(Map.of("text", "Опорной школе составить график посещений Центра «Точка роста».",
                "kind", "SIMPLE", "votesFor", 5, "votesAgainst", 0, "votesAbstain", 0,
                "owner", "Опорная школа", "due", "апрель " + (LocalDate.now(ZONE).getYear() + 1) + " года"));
        node.submit(SECRETARY, node.task(meeting, MeetingProcess.Elements.RECORD_SESSION, SECRETARY), Map.of(
                MeetingProcess.Vars.OPENING, "Заседание открыл председатель.",
                MeetingProcess.Vars.CLOSING, "Председатель подвёл итоги заседания.",
                MeetingProcess.Vars.SESSION_ITEMS, json(List.of(Map.of("title", "Центр «Точка роста»", "speakerName", "Воронцов А.Н.",
                        "heard", "Слушали отчёт о работе Центра.", "decisions", List.of(decision))))));
    }

    /** The draft is rendered by the job executor after the session record: the review is there once that job has run. */
    public void reviewProtocol(String protocol) {
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> !node.tasks(protocol, ProtocolProcess.Elements.REVIEW).isEmpty());
        node.submit(SECRETARY, node.task(protocol, ProtocolProcess.Elements.REVIEW, SECRETARY), Map.of());
    }

    public void sign(String protocol, String signer) {
        node.submit(signer, node.task(protocol, ProtocolProcess.Elements.SIGN, signer),
                Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));
    }

    /** The one assignment's follow-up instance. */
    public String assignment() {
        JsonNode instances = node.get("/process-instance?processDefinitionKey=" + FollowUpProcess.KEY);
        assertThat(instances).as("follow-up instances").hasSize(1);
        return instances.get(0).get("id").asText();
    }

    public void report(String assignment) {
        node.submit(CHAIR, node.task(assignment, FollowUpProcess.Elements.CARRY_OUT, CHAIR),
                Map.of(FollowUpProcess.Vars.REPORT, "График составлен и согласован с руководителями школ."));
    }

    public void accept(String assignment) {
        node.submit(SECRETARY, node.task(assignment, FollowUpProcess.Elements.REVIEW, SECRETARY),
                Map.of(FollowUpProcess.Vars.VERDICT, FollowUpProcess.ACCEPT));
    }

    /** The instance's one timer waiting at this event, or null. */
    public JsonNode timer(String instance, String activityId) {
        JsonNode timers = node.get("/job?timers=true&processInstanceId=" + instance + "&activityId=" + activityId);
        return timers.isEmpty() ? null : timers.get(0);
    }

    /** From the history: a signed meeting's instance has ended. */
    public long meetingId(String meeting) {
        JsonNode variables = node.get("/history/variable-instance?processInstanceId=" + meeting
                + "&variableName=" + MeetingProcess.Vars.MEETING_ID);
        assertThat(variables).as("meetingId of %s", meeting).hasSize(1);
        return variables.get(0).get("value").asLong();
    }

    /** The meeting's audit trail as its secretary downloads it: what the history and the records say. */
    public String auditCsv(long meetingId) {
        var response = node.app().call("GET", "/audit/meetings/" + meetingId + ".csv", SECRETARY, "demo", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** /protocols/{id}/verify as the secretary reads it: signed, valid, sha256. */
    public JsonNode verify(long meetingId) {
        var response = node.app().call("GET", "/protocols/" + meetingId + "/verify", SECRETARY, "demo", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> schedule(LocalDate date) {
        return new HashMap<>(Map.of(
                MeetingProcess.Vars.DATE, date.toString(),
                MeetingProcess.Vars.TIME, "14:00",
                MeetingProcess.Vars.DURATION, 120,
                MeetingProcess.Vars.FORMAT, "IN_PERSON",
                MeetingProcess.Vars.PLACE, "КОГОБУ СШ пгт Подосиновец, актовый зал",
                MeetingProcess.Vars.THEME, "Итоги работы кластера за полугодие",
                MeetingProcess.Vars.ORGANIZERS, "Опорная школа"));
    }

    private static Map<String, Object> item(String title) {
        return Map.of("title", title, "speakerName", "Воронцов А.Н.", "speakerPosition", "директор",
                "speakerOrganization", "КОГОБУ СШ пгт Подосиновец", "minutes", 10);
    }
}
