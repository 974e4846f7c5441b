package org.sovet.audit;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

/** A step of a process as history recorded it, with the values set in it, for the outcome readers. */
record Step(HistoricActivityInstance activity, Map<String, Object> values, HistorySnapshot history) {

    String id() {
        return activity.getActivityId();
    }

    /** A value set in this step, as text; null if none. */
    String text(String name) {
        Object value = values.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    Object value(String name) {
        return values.get(name);
    }

    /** A process variable as it stood when the step began: what a change from a page set just before it. */
    Optional<String> before(String name) {
        return history.valueAt(activity.getProcessInstanceId(), name, activity.getStartTime()).map(Object::toString);
    }
}
