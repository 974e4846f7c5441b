package org.sovet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovet.followup.FollowUpProcess;
import org.sovet.meeting.MeetingProcess;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.protocol.ProtocolProcess;

/**
 * One council's year as its people do it in Tasklist: the secretary drafts the plan and the director approves it;
 * three meetings held (two in person, one online) are entered with their agenda, attendance and a session of
 * ten decisions, the protocol is reviewed and signed by chair and secretary and the decision with an owner becomes
 * an assignment, reported and accepted; a fourth meeting, in writing, is scheduled: every member proposes
 * items, the agenda is composed and approved and the invitations go out.
 */
final class CouncilYear {

    private final Tasklist tasklist;
    private final BenchCouncil council;
    private final LocalDate today;
    private final List<String> protocols = new ArrayList<>();

    CouncilYear(Tasklist tasklist, BenchCouncil council, LocalDate today) {
        this.tasklist = tasklist;
        this.council = council;
        this.today = today;
    }

    /** The year's work; the instances of the meetings held, whose pages the portal then shows. */
    List<String> run() {
        plan();
        List<String> held = new ArrayList<>();
        held.add(held("IN_PERSON", today.minusDays(60)));
        held.add(held("ONLINE", today.minusDays(40)));
        held.add(held("IN_PERSON", today.minusDays(20)));
        written(today.plusDays(14));
        for (String assignment : tasklist.instances(FollowUpProcess.KEY, council.id(), held.size())) {
            tasklist.complete(council.chair(), assignment, FollowUpProcess.Elements.CARRY_OUT,
                    Map.of(FollowUpProcess.Vars.REPORT, "Поручение исполнено, отчёт представлен."));
            tasklist.complete(council.secretary(), assignment, FollowUpProcess.Elements.REVIEW,
                    Map.of(FollowUpProcess.Vars.VERDICT, FollowUpProcess.ACCEPT));
        }
        return held;
    }

    /** The protocols signed in the year, whose final files a job renders after the last signature. */
    List<String> protocols() {
        return protocols;
    }

    /** The work a council has open most of the year: a meeting in writing collecting proposals, next year's plan in draft. */
    void openWork() {
        Map<String, Object> schedule = schedule("IN_WRITING", today.plusDays(30));
        schedule.put(MeetingProcess.Vars.VOTING_DEADLINE, today.plusDays(37).toString());
        tasklist.start(council.secretary(), MeetingProcess.KEY, council.id(), schedule);
        tasklist.start(council.secretary(), WorkPlanProcess.KEY, council.id(), Map.of(WorkPlanProcess.Vars.PLAN_YEAR, today.getYear() + 1));
    }

    private void plan() {
        String plan = tasklist.start(council.secretary(), WorkPlanProcess.KEY, council.id(),
                Map.of(WorkPlanProcess.Vars.PLAN_YEAR, today.getYear()));
        tasklist.complete(council.secretary(), plan, WorkPlanProcess.Elements.DRAFT_PLAN, Map.of(
                WorkPlanProcess.Vars.GOAL, "повышение качества образования",
                WorkPlanProcess.Vars.TASKS, Values.json(List.of(Map.of("text", "развитие сотрудничества образовательных организаций"))),
                WorkPlanProcess.Vars.SECTIONS, Values.json(List.of(Map.of("number", "1", "title", "Организационно-методическая деятельность",
                        "items", List.of(Map.of("number", "1.1", "what", "Проведение заседаний Координационного Совета",
                                "period", "1 раз в квартал", "responsible", "Председатель Совета", "result", "Протоколы"))))),
                WorkPlanProcess.Vars.DRAFT_ACTION, WorkPlanProcess.ACTION_SUBMIT));
        tasklist.complete(council.chair(), plan, WorkPlanProcess.Elements.REVIEW_PLAN, Map.of(
                WorkPlanProcess.Vars.REVIEW_DECISION, WorkPlanProcess.DECISION_APPROVE,
                WorkPlanProcess.Vars.ORDER_NUMBER, "1-од", WorkPlanProcess.Vars.ORDER_DATE, today.toString()));
    }

    /** A meeting held on that date, entered afterwards and carried to its signed protocol; the meeting instance. */
    private String held(String format, LocalDate date) {
        Map<String, Object> schedule = schedule(format, date);
        schedule.put(MeetingProcess.Vars.TIME, "14:00");
        schedule.put(MeetingProcess.Vars.DURATION, 120);
        schedule.put(MeetingProcess.Vars.ENTERED_AFTERWARDS, true);
        String meeting = tasklist.start(council.secretary(), MeetingProcess.KEY, council.id(), schedule);
        tasklist.complete(council.secretary(), meeting, MeetingProcess.Elements.ENTER_HELD,
                Map.of(MeetingProcess.Vars.AGENDA, Values.json(CouncilForms.agenda(council))));
        Map<String, Object> attendance = new HashMap<>();
        attendance.put(MeetingProcess.Vars.PRESENT, Values.json(council.voters()));
        attendance.put(MeetingProcess.Vars.GUESTS, Values.json(List.of()));
        attendance.put(MeetingProcess.Vars.MEMBERS_COUNT, null);
        attendance.put(MeetingProcess.Vars.ATTENDANCE_NOTE, null);
        attendance.put(MeetingProcess.Vars.AUDIENCE_VOTERS, null);
        tasklist.complete(council.secretary(), meeting, MeetingProcess.Elements.RECORD_ATTENDANCE, attendance);
        tasklist.complete(council.secretary(), meeting, MeetingProcess.Elements.RECORD_SESSION, Map.of(
                MeetingProcess.Vars.OPENING, "Заседание открыл председатель.",
                MeetingProcess.Vars.CLOSING, "Председатель подвёл итоги заседания.",
                MeetingProcess.Vars.SESSION_ITEMS, Values.json(CouncilForms.sessionItems(council, today))));
        String protocol = tasklist.called(meeting);
        tasklist.complete(council.secretary(), protocol, ProtocolProcess.Elements.REVIEW, Map.of());
        tasklist.complete(council.chair(), protocol, ProtocolProcess.Elements.SIGN,
                Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));
        tasklist.complete(council.secretary(), protocol, ProtocolProcess.Elements.SIGN,
                Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));
        tasklist.stepDurations(protocol, ProtocolProcess.Elements.ASSEMBLE, "protocolAssemble");
        protocols.add(protocol);
        tasklist.rest().stats().count("meetings");
        return meeting;
    }

    /** A meeting in writing to come: proposals from every member, the agenda composed and approved, invitations mailed. */
    private void written(LocalDate date) {
        Map<String, Object> schedule = schedule("IN_WRITING", date);
        schedule.put(MeetingProcess.Vars.VOTING_DEADLINE, date.plusDays(7).toString());
        String meeting = tasklist.start(council.secretary(), MeetingProcess.KEY, council.id(), schedule);
        for (String member : council.voters()) {
            tasklist.complete(member, meeting, MeetingProcess.Elements.PROPOSE,
                    Map.of(MeetingProcess.Vars.PROPOSALS, Values.json(List.of(CouncilForms.item(council, "Предложение: " + member)))));
        }
        tasklist.timerDueNow(meeting, MeetingProcess.Elements.PROPOSAL_DEADLINE);
        tasklist.complete(council.secretary(), meeting, MeetingProcess.Elements.COMPOSE_AGENDA,
                Map.of(MeetingProcess.Vars.AGENDA, Values.json(CouncilForms.agenda(council))));
        Map<String, Object> review = new HashMap<>();
        review.put(MeetingProcess.Vars.REVIEW_DECISION, MeetingProcess.DECISION_APPROVE);
        review.put(MeetingProcess.Vars.REVIEW_REMARKS, null);
        tasklist.complete(council.chair(), meeting, MeetingProcess.Elements.APPROVE_AGENDA, review);
        tasklist.rest().stats().count("meetingsScheduled");
    }

    private Map<String, Object> schedule(String format, LocalDate date) {
        Map<String, Object> form = new HashMap<>();
        form.put(MeetingProcess.Vars.DATE, date.toString());
        form.put(MeetingProcess.Vars.FORMAT, format);
        if ("ONLINE".equals(format)) {
            form.put(MeetingProcess.Vars.LINK, "https://vk.example.org/" + council.id());
        } else if ("IN_PERSON".equals(format)) {
            form.put(MeetingProcess.Vars.PLACE, "Опорная школа, актовый зал");
        }
        form.put(MeetingProcess.Vars.THEME, "Итоги работы кластера");
        form.put(MeetingProcess.Vars.ORGANIZERS, "Опорная школа");
        return form;
    }
}
