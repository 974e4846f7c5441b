package org.sovet.portal;

import org.sovet.common.RussianDates;
import org.sovet.plan.WorkPlan;

/**
 * A work plan as the archive lists it.
 *
 * @param order «№ 1-од от 9 января 2023» once approved, null before
 * @param tone the colour of the status badge
 */
record PlanRow(long id, int year, String statusTitle, String tone, String order, String goal) {

    static PlanRow of(WorkPlan plan) {
        String order = plan.approved() ? "№ " + plan.orderNumber() + " от " + RussianDates.longDate(plan.orderDate()) : null;
        String tone = switch (plan.status()) {
            case APPROVED -> "ok";
            case IN_REVIEW -> "info";
            case DRAFT, RETURNED -> "warn";
            case WITHDRAWN -> "off";
        };
        return new PlanRow(plan.id(), plan.planYear(), plan.status().title(), tone, order, plan.goal());
    }
}
