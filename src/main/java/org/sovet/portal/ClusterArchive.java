package org.sovet.portal;

import static org.sovet.portal.ArchiveSearch.ASSIGNMENT;
import static org.sovet.portal.ArchiveSearch.MEETING;
import static org.sovet.portal.ArchiveSearch.PLAN;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sovet.directory.Cluster;
import org.sovet.followup.AssignmentBoard;
import org.sovet.meeting.AgendaEntry;
import org.sovet.meeting.Decision;
import org.sovet.meeting.EnteredAfterwardsNote;
import org.sovet.meeting.Meeting;
import org.sovet.meeting.MeetingReplies;
import org.sovet.meeting.MeetingService;
import org.sovet.meeting.SessionService;
import org.sovet.plan.PlanContent;
import org.sovet.plan.WorkPlan;
import org.sovet.plan.WorkPlanService;
import org.springframework.stereotype.Component;

/** A cluster's plans, meetings, protocols and assignments, narrowed by a search. */
@Component
class ClusterArchive {

    private final WorkPlanService plans;
    private final MeetingService meetings;
    private final SessionService sessions;
    private final ArchiveProtocols protocols;
    private final AssignmentBoard assignments;
    private final EnteredAfterwardsNote entered;
    private final MeetingReplies replies;

    ClusterArchive(WorkPlanService plans, MeetingService meetings, SessionService sessions, ArchiveProtocols protocols,
                   AssignmentBoard assignments, EnteredAfterwardsNote entered, MeetingReplies replies) {
        this.replies = replies;
        this.entered = entered;
        this.plans = plans;
        this.meetings = meetings;
        this.sessions = sessions;
        this.protocols = protocols;
        this.assignments = assignments;
    }

    Archive of(Cluster cluster, ArchiveSearch search) {
        ZoneId zone = ZoneId.of(cluster.timeZone());
        List<WorkPlan> allPlans = plans.ofCluster(cluster.id());
        List<Meeting> allMeetings = meetings.ofCluster(cluster.id());
        Map<Long, LocalDate> days = allMeetings.stream()
                .collect(Collectors.toMap(Meeting::id, m -> m.startsAt().atZone(zone).toLocalDate()));
        List<Meeting> found = allMeetings.stream().filter(m -> search.covers(MEETING)
                && search.hasStatus(MEETING, m.status().name()) && search.inYear(days.get(m.id()).getYear())
                && search.mentionedIn(() -> meetingTexts(m))).toList();
        return new Archive(
                allPlans.stream().filter(p -> found(p, search)).map(PlanRow::of).toList(),
                found.stream().map(m -> MeetingRow.of(m, days.get(m.id()), entered.of(m), expected(m))).toList(),
                found.stream().flatMap(m -> protocols.row(m, days.get(m.id()), zone).stream()).toList(),
                assignments(cluster, days, search),
                years(allPlans, days));
    }

    /** The answers to the invitation, while they may still change. */
    private String expected(Meeting meeting) {
        return replies.closed(meeting).isEmpty() ? replies.expected(meeting).text() : null;
    }

    private boolean found(WorkPlan plan, ArchiveSearch search) {
        return search.covers(PLAN) && search.hasStatus(PLAN, plan.status().name()) && search.inYear(plan.planYear())
                && search.mentionedIn(() -> planTexts(plan));
    }

    /** The year of an assignment is that of the meeting which decided it. */
    private List<AssignmentLine> assignments(Cluster cluster, Map<Long, LocalDate> days, ArchiveSearch search) {
        if (!search.covers(ASSIGNMENT)) {
            return List.of();
        }
        return assignments.rows(List.of(cluster.id()), null, null).stream()
                .filter(a -> search.hasStatus(ASSIGNMENT, a.state()) && search.mentionedIn(a.text(), a.owner()))
                .filter(a -> days.containsKey(a.meetingId()) && search.inYear(days.get(a.meetingId()).getYear()))
                .map(AssignmentLine::of).toList();
    }

    private List<String> planTexts(WorkPlan plan) {
        PlanContent content = plans.content(plan.id());
        List<String> texts = new ArrayList<>(List.of("План работы образовательного кластера на " + plan.planYear() + " год",
                content.goal()));
        content.tasks().forEach(t -> texts.add(t.text()));
        content.sections().forEach(s -> {
            texts.add(s.title());
            s.items().forEach(i -> texts.addAll(Stream.of(i.what(), i.result()).filter(t -> t != null).toList()));
        });
        return texts;
    }

    private List<String> meetingTexts(Meeting meeting) {
        List<String> texts = new ArrayList<>(Stream.of(meeting.theme(), meeting.organizers(), meeting.place())
                .filter(t -> t != null).toList());
        meetings.agenda(meeting.id()).stream().map(AgendaEntry::title).forEach(texts::add);
        sessions.decisions(meeting.id()).stream().map(Decision::text).forEach(texts::add);
        return texts;
    }

    private static List<Integer> years(List<WorkPlan> plans, Map<Long, LocalDate> days) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        plans.forEach(p -> years.add(p.planYear()));
        days.values().forEach(d -> years.add(d.getYear()));
        return List.copyOf(years);
    }
}
