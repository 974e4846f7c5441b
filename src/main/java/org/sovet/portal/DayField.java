package org.sovet.portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.sovet.common.Problems;

/** A day typed as Russians write it, «01.12.2026» (a browser's date picker sends 2026-12-01, also taken). */
final class DayField {

    static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private DayField() {}

    /** The day, null for an empty field; a day that cannot be read is a problem beside its field. */
    static LocalDate parse(String field, String text, String label, Problems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : READ) {
            try {
                return LocalDate.parse(text.trim(), format);
            } catch (DateTimeParseException e) {
                // the next way of writing it may fit
            }
        }
        problems.add(field, label + ": «" + text.trim() + "» — не дата. Пишите день.месяц.год, например 01.09.2026.");
        return null;
    }

    static String format(LocalDate day) {
        return day == null ? "" : RUSSIAN.format(day);
    }
}
