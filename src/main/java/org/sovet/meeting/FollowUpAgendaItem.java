package org.sovet.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.followup.AssignmentService;
import org.springframework.stereotype.Component;

/**
 * Every meeting hears how the previous decisions were carried out: the item «О выполнении решений
 * предыдущих заседаний» lists each open or recently closed assignment with its status.
 */
@Component
class FollowUpAgendaItem {

    static final String TITLE = "О выполнении решений предыдущих заседаний";
    private static final int RECENT_DAYS = 120;
    private static final int MAX_MATERIALS = 1900;

    private final AssignmentService assignments;
    private final Directory directory;
    private final Clock clock;

    FollowUpAgendaItem(AssignmentService assignments, Directory directory, Clock clock) {
        this.assignments = assignments;
        this.directory = directory;
        this.clock = clock;
    }

    Optional<AgendaEntry> forMeeting(Meeting meeting) {
        var list = assignments.openOrClosedSince(meeting.clusterId(), LocalDate.now(clock).minusDays(RECENT_DAYS));
        if (list.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder lines = new StringBuilder();
        int listed = 0;
        for (var a : list) {
            String line = "• " + a.text() + " — " + a.owner() + ", срок " + RussianDates.shortDate(a.dueDate()) + ": " + a.stateTitle() + "\n";
            // the agenda's materials hold 2000 characters; the full list is on the assignments page
            if (lines.length() + line.length() > MAX_MATERIALS) {
                lines.append("…и ещё ").append(list.size() - listed).append(" (полный список — на странице поручений)");
                break;
            }
            lines.append(line);
            listed++;
        }
        Person secretary = directory.person(meeting.createdBy()).orElse(null);
        return Optional.of(new AgendaEntry(TITLE, meeting.createdBy(),
                secretary == null ? "Секретарь Совета" : secretary.surnameAndInitials(),
                secretary == null ? null : secretary.position(), null, 5, lines.toString().strip()));
    }
}
