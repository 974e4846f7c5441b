package org.sovet.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Russian date formats of council documents: «09.01.2023» and «18 декабря 2023». */
public final class RussianDates {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM.yyyy", RUSSIAN);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", RUSSIAN);

    private RussianDates() {}

    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** «09.01.2023» or ISO «2023-01-09» as a date; null if neither. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return value.contains(".") ? LocalDate.parse(value, SHORT) : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
