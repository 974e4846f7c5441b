package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sovet.protocol.ProtocolProcess;
import org.sovet.support.Scenario;
import org.sovet.support.TestClock;
import org.springframework.stereotype.Component;

/** Drives a council meeting the way Tasklist does. */
@Component
public class MeetingFixture {

    public static final String CLUSTER = "podosinovets";
    public static final String SECRETARY = "kolesnikova";
    public static final String CHAIR = "vorontsov";

    /** A ballot for {@link #writtenVoteOnThePlan()}: for. */
    public static final String FOR_THE_PLAN =
            "[{\"title\":\"О плане работы кластера\",\"decisions\":[{\"text\":\"Утвердить план работы.\",\"choice\":\"FOR\"}]}]";

    private final TaskService tasks;
    private final ManagementService management;
    private final Scenario scenario;
    private final HistoryService history;
    private final MeetingService meetings;
    private final TestClock clock;
    private final ObjectMapper json = new ObjectMapper();

    MeetingFixture(TaskService tasks, ManagementService management, Scenario scenario, HistoryService history,
                   MeetingService meetings, TestClock clock) {
        this.tasks = tasks;
        this.management = management;
        this.scenario = scenario;
        this.history = history;
        this.meetings = meetings;
        this.clock = clock;
    }

    /**
     * Two weeks from today in the council's zone, asked when used: a date taken once when the class loaded is
     * yesterday's after midnight in Kirov, while the meetings a long test run schedules are dated from today.
     */
    public static LocalDate inTwoWeeks() {
        return LocalDate.now(ZoneId.of("Europe/Kirov")).plusWeeks(2);
    }

    /** Moves the test clock to the meeting's start, when it may be held, if that is still ahead. */
    public void untilStart(ProcessInstance instance) {
        Duration ahead = Duration.between(clock.instant(), meetings.meeting(meetingId(instance)).startsAt());
        if (!ahead.isNegative()) {
            clock.advance(ahead);
        }
    }

    /** A meeting with its agenda approved and invitations sent, waiting to be held. */
    public ProcessInstance invited(String format, List<AgendaEntry> agenda) {
        ProcessInstance instance = schedule(CLUSTER, SECRETARY, format.equals("ONLINE")
                ? Map.of(Vars.FORMAT, "ONLINE", Vars.LINK, "https://meet.example.org/sovet") : Map.of());
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
        compose(instance, agenda);
        reviewAgenda(instance, MeetingProcess.DECISION_APPROVE, null);
        runJobs(MeetingProcess.Elements.SEND_INVITATIONS);
        return instance;
    }

    /** Held with these members present: the session is to be recorded. */
    public ProcessInstance held(String format, List<AgendaEntry> agenda, List<String> present) {
        ProcessInstance instance = invited(format, agenda);
        manage(instance, MeetingProcess.ACTION_HOLD, null, null);
        recordAttendance(instance, present, List.of(), null);
        return instance;
    }

    /** Held, recorded and signed by the chair and the secretary: the meeting is closed. */
    public long signed(ProcessInstance held, List<SessionItem> record) {
        recordSession(held, "Заседание открыл председатель.", record);
        long meetingId = meetingId(held);
        reviewAndSign(meetingId, CHAIR, SECRETARY);
        return meetingId;
    }

    /** Held in person and signed, with one decision the anchor school carries out by the end of next April. */
    public long signedWithAssignment() {
        int nextYear = LocalDate.now(ZoneId.of("Europe/Kirov")).getYear() + 1;
        var held = held("IN_PERSON", List.of(item("Центр «Точка роста»", "Воронцов А.Н.", 10)),
                List.of("vorontsov", "kolesnikova", "zueva", "belyaev", "polyakova"));
        return signed(held, List.of(new SessionItem("Центр «Точка роста»", "Воронцов А.Н.", null, null,
                List.of(new SessionItem.DecisionDraft("Опорной школе составить график посещений Центра «Точка роста».",
                        "SIMPLE", 5, 0, 0, "Опорная школа", "апрель " + nextYear + " года", null)))));
    }

    public long meetingId(ProcessInstance instance) {
        return (Long) history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(Vars.MEETING_ID).singleResult().getValue();
    }

    /** A meeting in writing of any council with voting open: every voting member has a ballot task. */
    public ProcessInstance votingOpened(String clusterId, String secretary, String chair, List<AgendaEntry> agenda,
                                        List<SessionItem> drafts) {
        ProcessInstance instance = agendaComposed(clusterId, secretary, Map.of(Vars.FORMAT, "IN_WRITING",
                Vars.VOTING_DEADLINE, inTwoWeeks().plusDays(7).toString()), agenda);
        approveAgenda(instance, chair);
        runJobs(MeetingProcess.Elements.SEND_INVITATIONS);
        Map<String, Object> hold = new HashMap<>();
        hold.put(Vars.MANAGE_ACTION, MeetingProcess.ACTION_HOLD);
        hold.put(Vars.NEW_DATE, null);
        hold.put(Vars.NEW_TIME, null);
        untilStart(instance);
        submit(task(instance, MeetingProcess.Elements.MANAGE), secretary, hold);
        submit(task(instance, MeetingProcess.Elements.PREPARE_WRITTEN), secretary, Map.of(Vars.SESSION_ITEMS, jsonValue(drafts)));
        return instance;
    }

    /** Scheduled by the cluster's secretary, the proposals closed, the agenda composed: the chair is to approve it. */
    public ProcessInstance agendaComposed(String clusterId, String secretary, Map<String, Object> overrides, List<AgendaEntry> agenda) {
        ProcessInstance instance = schedule(clusterId, secretary, overrides);
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getId());
        submit(task(instance, MeetingProcess.Elements.COMPOSE_AGENDA), secretary, Map.of(Vars.AGENDA, jsonValue(agenda)));
        return instance;
    }

    /** The chair approves the agenda: the invitations are due, one job per member. */
    public void approveAgenda(ProcessInstance instance, String chair) {
        Map<String, Object> review = new HashMap<>();
        review.put(Vars.REVIEW_DECISION, MeetingProcess.DECISION_APPROVE);
        review.put(Vars.REVIEW_REMARKS, null);
        submit(task(instance, MeetingProcess.Elements.APPROVE_AGENDA), chair, review);
    }

    /** Вятские Поляны vote in writing on one decision, «Утвердить план работы.», without counts recorded beforehand. */
    public ProcessInstance writtenVoteOnThePlan() {
        return votingOpened("vpolyany", "ustinov", "sokolov", List.of(item("О плане работы кластера", "Соколов В.Д.", 10)),
                List.of(new SessionItem("О плане работы кластера", "Соколов В.Д.", null, null, List.of(
                        new SessionItem.DecisionDraft("Утвердить план работы.", "SIMPLE", null, null, null, null, null, null)))));
    }

    /** Every voting member casts the same written ballot, the ballots are counted and the secretary alone signs. */
    public long votedAndSigned(ProcessInstance instance, String secretary, String ballotJson) {
        for (Task ballot : tasks(instance, MeetingProcess.Elements.CAST_BALLOT)) {
            submit(ballot, ballot.getAssignee(), Map.of(Vars.BALLOT, SpinValues.jsonValue(ballotJson).create()));
        }
        runJobs(MeetingProcess.Elements.CAST_BALLOT);
        assembleProtocols();
        long meetingId = meetingId(instance);
        submit(protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), secretary, Map.of());
        submit(protocolTask(meetingId, ProtocolProcess.Elements.SIGN, secretary), secretary,
                Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));
        return meetingId;
    }

    public int runJobs(String activityId) {
        var jobs = management.createJobQuery().activityId(activityId).list();
        jobs.forEach(job -> management.executeJob(job.getId()));
        return jobs.size();
    }

    public ProcessInstance schedule(String clusterId, String secretary, Map<String, Object> overrides) {
        // two weeks from the test clock's today: a meeting held before has moved the clock to its start
        Map<String, Object> form = new HashMap<>(Map.of(
                Vars.DATE, LocalDate.now(clock.withZone(ZoneId.of("Europe/Kirov"))).plusWeeks(2).toString(),
                Vars.TIME, "14:00",
                Vars.DURATION, 120,
                Vars.FORMAT, "IN_PERSON",
                Vars.PLACE, "КОГОБУ СШ пгт Подосиновец, актовый зал",
                Vars.THEME, "Итоги работы кластера за полугодие",
                Vars.ORGANIZERS, "Опорная школа"));
        form.putAll(overrides);
        return scenario.startForm(MeetingProcess.KEY, clusterId, secretary, form);
    }

    public ProcessInstance schedule() {
        return schedule(CLUSTER, SECRETARY, Map.of());
    }

    public List<Task> tasks(ProcessInstance instance, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    }

    public Task task(ProcessInstance instance, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    public void propose(ProcessInstance instance, String member, List<AgendaEntry> proposals) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(MeetingProcess.Elements.PROPOSE).taskAssignee(member).singleResult();
        submit(task, member, Map.of(Vars.PROPOSALS, jsonValue(proposals)));
    }

    public void compose(ProcessInstance instance, List<AgendaEntry> agenda) {
        submit(task(instance, MeetingProcess.Elements.COMPOSE_AGENDA), SECRETARY, Map.of(Vars.AGENDA, jsonValue(agenda)));
    }

    /** A meeting held on paper ten days ago, entered afterwards: the secretary enters its agenda next. */
    public ProcessInstance enteredAfterwards(Map<String, Object> overrides) {
        Map<String, Object> form = new HashMap<>(Map.of(Vars.ENTERED_AFTERWARDS, true,
                Vars.DATE, LocalDate.now(clock.withZone(ZoneId.of("Europe/Kirov"))).minusDays(10).toString()));
        form.putAll(overrides);
        return schedule(CLUSTER, SECRETARY, form);
    }

    public void enterHeldAgenda(ProcessInstance instance, List<AgendaEntry> agenda) {
        submit(task(instance, MeetingProcess.Elements.ENTER_HELD), SECRETARY, Map.of(Vars.AGENDA, jsonValue(agenda)));
    }

    public void reviewAgenda(ProcessInstance instance, String decision, String remarks) {
        Map<String, Object> form = new HashMap<>();
        form.put(Vars.REVIEW_DECISION, decision);
        form.put(Vars.REVIEW_REMARKS, remarks);
        submit(task(instance, MeetingProcess.Elements.APPROVE_AGENDA), CHAIR, form);
    }

    /** Holding waits for the meeting's start, as the secretary does; other choices are made before it. */
    public void manage(ProcessInstance instance, String action, LocalDate newDate, String newTime) {
        if (MeetingProcess.ACTION_HOLD.equals(action)) {
            untilStart(instance);
        }
        Map<String, Object> form = new HashMap<>();
        form.put(Vars.MANAGE_ACTION, action);
        form.put(Vars.NEW_DATE, newDate == null ? null : newDate.toString());
        form.put(Vars.NEW_TIME, newTime);
        submit(task(instance, MeetingProcess.Elements.MANAGE), SECRETARY, form);
    }

    public void recordAttendance(ProcessInstance instance, List<String> present, List<Guest> guests, String note) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(Vars.PRESENT, present);
        fields.put(Vars.GUESTS, guests);
        fields.put(Vars.ATTENDANCE_NOTE, note);
        recordAttendance(instance, fields);
    }

    /** The attendance form with only these fields filled in (lists as the form sends them); the others left empty. */
    public void recordAttendance(ProcessInstance instance, Map<String, Object> fields) {
        Map<String, Object> form = new HashMap<>();
        form.put(Vars.PRESENT, jsonValue(List.of()));
        form.put(Vars.GUESTS, jsonValue(List.of()));
        form.put(Vars.MEMBERS_COUNT, null);
        form.put(Vars.ATTENDANCE_NOTE, null);
        form.put(Vars.AUDIENCE_VOTERS, null);
        fields.forEach((name, value) -> form.put(name, value instanceof List<?> list ? jsonValue(list) : value));
        submit(task(instance, MeetingProcess.Elements.RECORD_ATTENDANCE), SECRETARY, form);
    }

    public void recordSession(ProcessInstance instance, String opening, List<SessionItem> items) {
        recordSession(instance, opening, items, Map.of());
    }

    /**
     * The session record with more of the form's fields: the one vote on all decisions, say. The job executor's part
     * follows, as it would shortly after the click: the protocol's draft is rendered and the review task is there.
     */
    public void recordSession(ProcessInstance instance, String opening, List<SessionItem> items, Map<String, Object> more) {
        submitSessionRecord(instance, opening, items, more);
        assembleProtocols();
    }

    /** The secretary's click alone: the session record is stored, its protocol's draft is still to be rendered. */
    public void submitSessionRecord(ProcessInstance instance, String opening, List<SessionItem> items, Map<String, Object> more) {
        Map<String, Object> form = new HashMap<>(more);
        form.put(Vars.OPENING, opening);
        form.put(Vars.CLOSING, "Председатель подвёл итоги заседания.");
        form.put(Vars.SESSION_ITEMS, jsonValue(items));
        submit(task(instance, MeetingProcess.Elements.RECORD_SESSION), SECRETARY, form);
    }

    /** What the job executor does after a session record (or the last ballot counted): renders the protocol's draft. */
    public int assembleProtocols() {
        return runJobs(ProtocolProcess.Elements.ASSEMBLE);
    }

    /** The task of the meeting's protocol (a called process), found by the meeting id it carries. */
    public Task protocolTask(long meetingId, String taskKey, String assignee) {
        var query = tasks.createTaskQuery().taskDefinitionKey(taskKey).processVariableValueEquals(Vars.MEETING_ID, meetingId);
        return assignee == null ? query.singleResult() : query.taskAssignee(assignee).singleResult();
    }

    /** The secretary passes the draft protocol on unchanged and each of the signers signs it. */
    public void reviewAndSign(long meetingId, String... signers) {
        submit(protocolTask(meetingId, ProtocolProcess.Elements.REVIEW, null), SECRETARY, Map.of());
        for (String signer : signers) {
            submit(protocolTask(meetingId, ProtocolProcess.Elements.SIGN, signer), signer, Map.of("signDecision", ProtocolProcess.SIGN));
        }
        freezeProtocols();
    }

    /** What the job executor does after the last signature: renders the signed files, fixes the SHA-256, records assignments. */
    public int freezeProtocols() {
        return runJobs(ProtocolProcess.Elements.FREEZE);
    }

    public void submit(Task task, String userId, Map<String, Object> variables) {
        scenario.submitForm(task, userId, variables);
    }

    public static AgendaEntry item(String title, String speaker, int minutes) {
        return new AgendaEntry(title, null, speaker, "директор", "КОГОБУ СШ пгт Подосиновец", minutes, null);
    }

    private Object jsonValue(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
