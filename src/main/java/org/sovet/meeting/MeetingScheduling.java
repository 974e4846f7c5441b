package org.sovet.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
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

    /** Validates, gives the next protocol number and links the plan's meeting of the same season. */
    public Meeting schedule(String clusterId, MeetingRequest request, String secretary, String processInstanceId) {
        ZoneId zone = service.zone(clusterId);
        validator.checkSchedule(request, zone);
        CouncilSettings settings = directory.settings(clusterId);
        String period = ProtocolNumbers.period(request.date(), settings.academicYearNumbering());
        Long planned = matchPlanned(clusterId, request.date());
        Meeting meeting = new Meeting(0, clusterId, planned, period, numbers.take(clusterId, period, request.protocolNumber()),
                request.date().atTime(request.startTime()).atZone(zone).toInstant(),
                request.durationMinutes() == null ? DEFAULT_DURATION : request.durationMinutes(), request.format(),
                trim(request.place()), trim(request.link()),
                request.votingDeadline() == null ? null : request.votingDeadline().atTime(MeetingService.DEADLINE_TIME).atZone(zone).toInstant(),
                trim(request.theme()), trim(request.organizers()), proposalDeadline(request, settings, zone),
                MeetingStatus.PROPOSALS, 0, processInstanceId, secretary,
                request.enteredAfterwards() ? new Meeting.Entered(secretary, clock.instant()) : null);
        long id = meetings.insert(meeting, clock.instant());
        if (planned != null) {
            plannedMeetings.markScheduled(planned);
        }
        return service.meeting(id);
    }


    private Instant proposalDeadline(MeetingRequest request, CouncilSettings settings, ZoneId zone) {
        if (request.enteredAfterwards()) {
            // nobody proposes items for a meeting already held: the deadline is its start
            return request.date().atTime(request.startTime()).atZone(zone).toInstant();
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate day = request.proposalDeadline() != null ? request.proposalDeadline()
                : min(request.date().minusDays(2), today.plusDays(settings.proposalDays()));
        Instant deadline = day.atTime(MeetingService.DEADLINE_TIME).atZone(zone).toInstant();
        Instant earliest = clock.instant().plus(1, ChronoUnit.HOURS);
        return deadline.isBefore(earliest) ? earliest : deadline;
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
