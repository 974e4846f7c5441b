package org.sovet.audit;

import java.util.List;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Service;

/** A record's trail from Camunda's history: the versions that ran and what happened, in order of time. */
@Service
class AuditTrails {

    private final ProcessHistory history;
    private final Timeline timeline;
    private final Directory directory;

    AuditTrails(ProcessHistory history, Timeline timeline, Directory directory) {
        this.history = history;
        this.timeline = timeline;
        this.directory = directory;
    }

    Trail of(AuditRecord record) {
        return history.load(record.processInstanceId()).map(found -> trail(record, found))
                .orElseGet(() -> new Trail(record, List.of(), List.of(), List.of(),
                        directory.settings(record.clusterId()).historyRetentionDays()));
    }

    private Trail trail(AuditRecord record, HistorySnapshot found) {
        List<String> processes = found.instances().stream()
                .map(i -> "«" + i.getProcessDefinitionName() + "» (" + i.getProcessDefinitionKey() + "), версия "
                        + i.getProcessDefinitionVersion())
                .distinct().toList();
        List<String> rules = found.decisions().stream()
                .map(d -> "«" + d.getDecisionDefinitionName() + "» (" + d.getDecisionDefinitionKey() + "), "
                        + RuleEntries.version(found.decisionDefinitions().get(d.getDecisionDefinitionId())))
                .distinct().toList();
        return new Trail(record, processes, rules, timeline.of(found), null);
    }
}
