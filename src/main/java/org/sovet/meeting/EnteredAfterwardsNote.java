package org.sovet.meeting;

import java.time.ZoneId;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/** «внесено после проведения: Колесникова Ирина Петровна, 29 ноября 2026», as the archive and the audit show it. */
@Component
public class EnteredAfterwardsNote {

    private final Directory directory;

    EnteredAfterwardsNote(Directory directory) {
        this.directory = directory;
    }

    /** Null for a meeting scheduled ahead of its date. */
    public String of(Meeting meeting) {
        if (!meeting.enteredAfterwards()) {
            return null;
        }
        String who = directory.person(meeting.entered().by()).map(Person::surnameAndInitials).orElse(meeting.entered().by());
        ZoneId zone = ZoneId.of(directory.cluster(meeting.clusterId()).timeZone());
        return "внесено после проведения: " + who + ", " + RussianDates.longDate(meeting.entered().at().atZone(zone).toLocalDate());
    }
}
