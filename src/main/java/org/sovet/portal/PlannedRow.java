package org.sovet.portal;

import java.time.format.TextStyle;
import java.util.Locale;
import org.sovet.common.RussianDates;
import org.sovet.plan.PlannedMeeting;

/** A meeting the approved plan schedules and the secretary has not yet: «Запланировано: заседание (март 2027)». */
record PlannedRow(String text, String date) {

    static PlannedRow of(PlannedMeeting planned) {
        String month = planned.plannedDate().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RussianDates.RUSSIAN)
                .toLowerCase(Locale.ROOT);
        return new PlannedRow("Запланировано: заседание (" + month + " " + planned.plannedDate().getYear() + ")",
                "по плану — " + RussianDates.longDate(planned.plannedDate()));
    }
}
