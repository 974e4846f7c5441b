package org.sovet.meeting;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
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
        return meeting.enteredAfterwards() ? of(meeting, directory::person, ZoneId.of(directory.cluster(meeting.clusterId()).timeZone())) : null;
    }

    /** The same for a list of one cluster's meetings: its people looked up once each, through {@code people}. */
    public String of(Meeting meeting, Function<String, Optional<Person>> people, ZoneId zone) {
        if (!meeting.enteredAfterwards()) {
            return null;
        }
        String who = people.apply(meeting.entered().by()).map(Person::surnameAndInitials).orElse(meeting.entered().by());
        return "внесено после проведения: " + who + ", " + RussianDates.longDate(meeting.entered().at().atZone(zone).toLocalDate());
    }
}
