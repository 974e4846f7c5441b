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

    private static final java.util.regex.Pattern DATE_IN_TEXT = java.util.regex.Pattern.compile("(\\d{2}\\.\\d{2}\\.\\d{4})");
    private static final java.util.regex.Pattern MONTH_YEAR = java.util.regex.Pattern.compile(
            "(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*\\s+(\\d{4})");
    private static final String[] MONTH_STEMS = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
            "октябр", "ноябр", "декабр"};

    /**
     * A deadline as decisions write it: a date («до 15.03.2025») or a month («апрель 2021 года»,
     * «в марте 2025 года»), which means its last day; null if the text names neither.
     */
    public static LocalDate dueDate(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(RUSSIAN).replace('ё', 'е');
        var date = DATE_IN_TEXT.matcher(lower);
        if (date.find()) {
            return parse(date.group(1));
        }
        var month = MONTH_YEAR.matcher(lower);
        if (month.find()) {
            for (int i = 0; i < MONTH_STEMS.length; i++) {
                if (month.group(1).startsWith(MONTH_STEMS[i])) {
                    return java.time.YearMonth.of(Integer.parseInt(month.group(2)), i + 1).atEndOfMonth();
                }
            }
        }
        return null;
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
