package org.sovet.plan;

import org.sovet.plan.WorkPlanProcess.Vars;

/** The draft form's fields as data paths (keys of {@link PlanContent}'s records), so a refusal shows beside its field. */
final class PlanFields {

    private PlanFields() {}

    static String task(int task) {
        return Vars.TASKS + "[" + task + "].text";
    }

    static String section(int section, String key) {
        return Vars.SECTIONS + "[" + section + "]." + key;
    }

    static String item(int section, int item, String key) {
        return section(section, "items[" + item + "]." + key);
    }
}
