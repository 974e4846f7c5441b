package org.sovet.audit;

import java.time.Duration;

/** How long a step waited, in Russian words: «2 дня 3 ч», «4 ч 10 мин», «15 мин». */
final class Durations {

    private Durations() {}

    static String russian(Duration duration) {
        if (duration == null || duration.isNegative()) {
            return "";
        }
        long days = duration.toDays();
        int hours = duration.toHoursPart();
        int minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + " " + days(days) + (hours > 0 ? " " + hours + " ч" : "");
        }
        if (hours > 0) {
            return hours + " ч" + (minutes > 0 ? " " + minutes + " мин" : "");
        }
        return minutes > 0 ? minutes + " мин" : "менее минуты";
    }

    /** 1 день, 2 дня, 5 дней, 11 дней, 21 день. */
    private static String days(long days) {
        long lastTwo = days % 100;
        long last = days % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return "дней";
        }
        return last == 1 ? "день" : last >= 2 && last <= 4 ? "дня" : "дней";
    }
}
