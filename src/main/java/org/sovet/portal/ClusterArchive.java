package org.sovet.portal;

import static org.sovet.portal.ArchiveSearch.ASSIGNMENT;
import static org.sovet.portal.ArchiveSearch.MEETING;
import static org.sovet.portal.ArchiveSearch.PLAN;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sovet.directory.Cluster;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.followup.AssignmentBoard;
import org.sovet.meeting.EnteredAfterwardsNote;
import org.sovet.meeting.Meeting;
import org.sovet.meeting.MeetingReplies;
import org.sovet.meeting.MeetingService;
import org.sovet.meeting.MeetingTexts;
import org.sovet.plan.PlanContent;
import org.sovet.plan.WorkPlan;
import org.sovet.plan.WorkPlanService;
import org.springframework.stereotype.Component;

/** A cluster's plans, meetings, protocols and assignments, narrowed by a search. */
@Component
class ClusterArchive {

    static final int PAGE_SIZE = 50;

    private final WorkPlanService plans;
    private final MeetingService meetings;
    private final MeetingTexts meetingTexts;
    private final ArchiveProtocols protocols;
    private final AssignmentBoard assignments;
    private final EnteredAfterwardsNote entered;
    private final MeetingReplies replies;
    private final Directory directory;

    ClusterArchive(WorkPlanService plans, MeetingService meetings, MeetingTexts meetingTexts, ArchiveProtocols protocols,
                   AssignmentBoard assignments, EnteredAfterwardsNote entered, MeetingReplies replies, Directory directory) {
        this.replies = replies;
        this.entered = entered;
        this.plans = plans;
        this.meetings = meetings;
        this.meetingTexts = meetingTexts;
        this.protocols = protocols;
        this.assignments = assignments;
        this.directory = directory;
    }

    /**
     * One page of the archive: a cluster holds years of meetings, so the meetings (with their protocols) and the
     * assignments are shown {@value #PAGE_SIZE} at a time, newest first; the pages beyond the last show the last.
     */
    Archive of(Cluster cluster, ArchiveSearch search, int page) {
        ZoneId zone = ZoneId.of(cluster.timeZone());
        List<WorkPlan> allPlans = plans.ofCluster(cluster.id());
        List<Meeting> allMeetings = meetings.ofCluster(cluster.id());
        Map<Long, LocalDate> days = allMeetings.stream()
                .collect(Collectors.toMap(Meeting::id, m -> m.startsAt().atZone(zone).toLocalDate()));
        // the cluster's texts, protocols and people are read once for the page, whatever the number of meetings
        Map<Long, List<String>> texts = search.text() == null ? Map.of() : meetingTexts.ofCluster(cluster.id());
        Map<String, Optional<Person>> known = new HashMap<>();
        Function<String, Optional<Person>> people = id -> known.computeIfAbsent(id, directory::person);
        List<Meeting> found = allMeetings.stream().filter(m -> search.covers(MEETING)
                && search.hasStatus(MEETING, m.status().name()) && search.inYear(days.get(m.id()).getYear())
                && search.mentionedIn(() -> meetingTexts(m, texts))).toList();
        List<AssignmentLine> foundAssignments = assignments(cluster, days, search);
        ArchivePage at = ArchivePage.of(page, PAGE_SIZE, Math.max(found.size(), foundAssignments.size()));
        List<Meeting> shown = at.slice(found);
        ArchiveProtocols.Rows protocolRows = shown.isEmpty() ? (m, day) -> Optional.empty() : protocols.ofCluster(cluster.id(), zone, people);
        return new Archive(
                allPlans.stream().filter(p -> found(p, search)).map(PlanRow::of).toList(),
                shown.stream().map(m -> MeetingRow.of(m, days.get(m.id()), entered.of(m, people, zone), expected(m))).toList(),
                shown.stream().flatMap(m -> protocolRows.row(m, days.get(m.id())).stream()).toList(),
                at.slice(foundAssignments),
                years(allPlans, days), at);
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

    private static List<String> meetingTexts(Meeting meeting, Map<Long, List<String>> texts) {
        List<String> all = new ArrayList<>(Stream.of(meeting.theme(), meeting.organizers(), meeting.place())
                .filter(t -> t != null).toList());
        all.addAll(texts.getOrDefault(meeting.id(), List.of()));
        return all;
    }

    private static List<Integer> years(List<WorkPlan> plans, Map<Long, LocalDate> days) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        plans.forEach(p -> years.add(p.planYear()));
        days.values().forEach(d -> years.add(d.getYear()));
        return List.copyOf(years);
    }
}
