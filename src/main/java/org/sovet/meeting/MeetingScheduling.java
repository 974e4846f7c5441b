package org.sovet.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.sovet.common.RussianDates;
import org.sovet.directory.CouncilSettings;
import org.sovet.directory.Directory;
import org.sovet.plan.PlannedMeeting;
import org.sovet.plan.PlannedMeetings;
import org.springframework.stereotype.Service;

/** Scheduling a council meeting: its checks, its protocol number, its proposal deadline and the plan's meeting it fulfils. */
@Service
class MeetingScheduling {

    private static final int DEFAULT_DURATION = 120;
    private static final long PLANNED_MATCH_DAYS = 45;

    private final MeetingService service;
    private final MeetingRepository meetings;
    private final MeetingValidator validator;
    private final ProtocolNumbers numbers;
    private final PlannedMeetings plannedMeetings;
    private final Directory directory;
    private final Clock clock;

    MeetingScheduling(MeetingService service, MeetingRepository meetings, MeetingValidator validator, ProtocolNumbers numbers,
                      PlannedMeetings plannedMeetings, Directory directory, Clock clock) {
        this.service = service;
        this.meetings = meetings;
        this.validator = validator;
        this.numbers = numbers;
        this.plannedMeetings = plannedMeetings;
        this.directory = directory;
        this.clock = clock;
    }

    /** The scheduled meeting and, when its proposal window differs from the one asked or usual, why, for the secretary. */
    record Scheduled(Meeting meeting, String proposalNote) {}

    /** Validates, gives the next protocol number and links the plan's meeting of the same season. */
    public Scheduled schedule(String clusterId, MeetingRequest request, String secretary, String processInstanceId) {
        ZoneId zone = service.zone(clusterId);
        validator.checkSchedule(request, zone);
        CouncilSettings settings = directory.settings(clusterId);
        String period = ProtocolNumbers.period(request.date(), settings.academicYearNumbering());
        Long planned = matchPlanned(clusterId, request.date());
        Proposals proposals = proposals(request, settings, zone);
        Meeting meeting = new Meeting(0, clusterId, planned, period, numbers.take(clusterId, period, request.protocolNumber()),
                request.date().atTime(request.startTime()).atZone(zone).toInstant(),
                request.durationMinutes() == null ? DEFAULT_DURATION : request.durationMinutes(), request.format(),
                trim(request.place()), trim(request.link()),
                request.votingDeadline() == null ? null : request.votingDeadline().atTime(MeetingService.DEADLINE_TIME).atZone(zone).toInstant(),
                trim(request.theme()), trim(request.organizers()), proposals.deadline(),
                MeetingStatus.PROPOSALS, 0, processInstanceId, secretary,
                request.enteredAfterwards() ? new Meeting.Entered(secretary, clock.instant()) : null);
        long id = meetings.insert(meeting, clock.instant());
        if (planned != null) {
            plannedMeetings.markScheduled(planned);
        }
        return new Scheduled(service.meeting(id), proposals.note());
    }


    private record Proposals(Instant deadline, String note) {}

    /**
     * The deadline asked for, else the council's usual one, else the eve of the meeting: the first
     * that leaves members a proposal window. None does when the meeting is too close: then proposals
     * close at once and the secretary composes the agenda herself.
     */
    private Proposals proposals(MeetingRequest request, CouncilSettings settings, ZoneId zone) {
        Instant start = request.date().atTime(request.startTime()).atZone(zone).toInstant();
        if (request.enteredAfterwards()) {
            // nobody proposes items for a meeting already held: the deadline is its start
            return new Proposals(start, null);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate usual = min(request.date().minusDays(2), today.plusDays(settings.proposalDays()));
        LocalDate asked = request.proposalDeadline() == null ? usual : request.proposalDeadline();
        for (LocalDate day : List.of(asked, usual, request.date().minusDays(1))) {
            Instant deadline = day.atTime(MeetingService.DEADLINE_TIME).atZone(zone).toInstant();
            if (LeadTimes.windowFits(deadline, now) && deadline.isBefore(start)) {
                return new Proposals(deadline, day.equals(asked) ? null : moved(request, deadline, zone));
            }
        }
        return new Proposals(now, "До заседания меньше суток на приём предложений: предложения в повестку не собирались. Составьте повестку сами.");
    }

    private static String moved(MeetingRequest request, Instant deadline, ZoneId zone) {
        return (request.proposalDeadline() == null ? "До заседания мало времени" : "Указанный срок оставлял членам Совета меньше суток")
                + ": предложения в повестку принимаются до " + RussianDates.shortDate(deadline.atZone(zone).toLocalDate())
                + ", " + MeetingService.DEADLINE_TIME + ".";
    }

    private Long matchPlanned(String clusterId, LocalDate date) {
        return plannedMeetings.ofCluster(clusterId).stream()
                .filter(p -> "PLANNED".equals(p.status()))
                .filter(p -> Math.abs(ChronoUnit.DAYS.between(p.plannedDate(), date)) <= PLANNED_MATCH_DAYS)
                .min(Comparator.comparingLong(p -> Math.abs(ChronoUnit.DAYS.between(p.plannedDate(), date))))
                .map(PlannedMeeting::id).orElse(null);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
