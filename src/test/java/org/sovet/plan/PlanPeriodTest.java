package org.sovet.plan;

import static java.time.Month.APRIL;
import static java.time.Month.DECEMBER;
import static java.time.Month.JANUARY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import org.junit.jupiter.api.Test;

/** Periods as the seed plan writes them. */
class PlanPeriodTest {

    @Test
    void shouldReadQuarterlyAsTheLastMonthOfEachQuarter() {
        assertThat(PlanPeriod.months("1 раз в квартал")).containsExactly(MARCH, JUNE, SEPTEMBER, DECEMBER);
    }

    @Test
    void shouldReadMonthlyAsEveryMonth() {
        assertThat(PlanPeriod.months("Ежемесячно")).containsExactly(Month.values());
    }

    @Test
    void shouldReadListedMonths() {
        assertThat(PlanPeriod.months("Январь, сентябрь")).containsExactly(JANUARY, SEPTEMBER);
        assertThat(PlanPeriod.months("Май, декабрь 2023")).containsExactly(MAY, DECEMBER);
        assertThat(PlanPeriod.months("Март, октябрь 2023")).containsExactly(MARCH, OCTOBER);
    }

    @Test
    void shouldReadARangeAsItsFirstMonth() {
        assertThat(PlanPeriod.months("Сентябрь-октябрь 2023")).containsExactly(SEPTEMBER);
        assertThat(PlanPeriod.months("Март-апрель 2023")).containsExactly(MARCH);
        assertThat(PlanPeriod.months("Апрель 2023")).containsExactly(APRIL);
    }

    @Test
    void shouldNameNoMonthForTheWholeYearOrASchedule() {
        assertThat(PlanPeriod.months("В течение года")).isEmpty();
        assertThat(PlanPeriod.months("В течении года")).isEmpty();
        assertThat(PlanPeriod.months("По графику ПРЦ")).isEmpty();
        assertThat(PlanPeriod.months(null)).isEmpty();
    }
}
