package org.sovet.plan;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads «срок реализации» as councils write it and tells in which months something happens:
 * «1 раз в квартал», «ежемесячно», «Январь, сентябрь», «Сентябрь-октябрь 2023», «Май 2023».
 * «В течение года» and «по графику» name no month: the result is empty.
 */
final class PlanPeriod {

    private static final String[] STEMS = {"январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр"};
    private static final Pattern MONTH = Pattern.compile(String.join("|", wrap(STEMS)));
    private static final Pattern QUARTERLY = Pattern.compile("квартал");
    private static final Pattern MONTHLY = Pattern.compile("ежемесячн|кажд\\S* месяц");

    private PlanPeriod() {}

    static List<Month> months(String period) {
        if (period == null) {
            return List.of();
        }
        String text = period.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (MONTHLY.matcher(text).find()) {
            return List.of(Month.values());
        }
        if (QUARTERLY.matcher(text).find()) {
            return List.of(Month.MARCH, Month.JUNE, Month.SEPTEMBER, Month.DECEMBER);
        }
        List<Month> months = new ArrayList<>();
        boolean rangeEnd = false;
        Matcher matcher = MONTH.matcher(text);
        int previousEnd = 0;
        while (matcher.find()) {
            String between = text.substring(previousEnd, matcher.start());
            rangeEnd = !months.isEmpty() && (between.contains("-") || between.contains("–"));
            Month month = Month.of(monthIndex(matcher.group()) + 1);
            // A range «Сентябрь-октябрь» is one event that starts in its first month.
            if (!rangeEnd && !months.contains(month)) {
                months.add(month);
            }
            previousEnd = matcher.end();
        }
        return months;
    }

    private static int monthIndex(String match) {
        for (int i = 0; i < STEMS.length; i++) {
            if (match.matches(STEMS[i] + ".*")) {
                return i;
            }
        }
        throw new IllegalStateException(match);
    }

    private static String[] wrap(String[] stems) {
        String[] wrapped = new String[stems.length];
        for (int i = 0; i < stems.length; i++) {
            wrapped[i] = "(?<![а-я])" + stems[i] + "[а-я]*";
        }
        return wrapped;
    }
}
