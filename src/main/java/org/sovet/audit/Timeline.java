package org.sovet.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sovet.config.SovetProperties;
import org.springframework.stereotype.Component;

/** The trail in order of time: steps, rule evaluations, people's other operations, stopped processes. */
@Component
class Timeline {

    private final StepEntries steps;
    private final RuleEntries rules;
    private final OperationEntries operations;
    private final ZoneId zone;

    Timeline(StepEntries steps, RuleEntries rules, OperationEntries operations, SovetProperties properties) {
        this.steps = steps;
        this.rules = rules;
        this.operations = operations;
        this.zone = properties.timeZone();
    }

    List<TimelineEntry> of(HistorySnapshot history) {
        List<Happening> lines = new ArrayList<>(steps.of(history));
        lines.addAll(rules.of(history));
        lines.addAll(operations.of(history));
        lines.addAll(stopped(history));
        lines.sort(Comparator.comparing(Happening::at).thenComparingDouble(Happening::order));
        return lines.stream().map(h -> new TimelineEntry(When.format(h.at(), zone), h.process(), h.step(), h.actor(), h.waited(),
                h.outcome())).toList();
    }

    /** A process that ended without reaching its end (deleted in Cockpit, say) says why. */
    private static List<Happening> stopped(HistorySnapshot history) {
        return history.instances().stream().filter(i -> i.getEndTime() != null && i.getDeleteReason() != null)
                .map(i -> new Happening(i.getEndTime().toInstant(), history.activities().size(), i.getProcessDefinitionName(),
                        "Процесс остановлен", People.SYSTEM, "", "причина: «" + i.getDeleteReason() + "»"))
                .toList();
    }
}
