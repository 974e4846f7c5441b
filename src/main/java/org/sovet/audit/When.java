package org.sovet.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.sovet.common.RussianDates;

/** A moment as the trail shows it, in the council's zone: «18 декабря 2023, 14:05». */
final class When {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private When() {}

    static String format(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return RussianDates.longDate(local.toLocalDate()) + ", " + TIME.format(local);
    }
}
