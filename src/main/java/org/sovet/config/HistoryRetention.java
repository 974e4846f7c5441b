package org.sovet.config;

import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovet.directory.CouncilSettings;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Keeps a cluster's process history as long as its council says (historyRetentionDays): every
 * version of the tenant's process and decision definitions gets that history time to live, and
 * Camunda's history cleanup removes what is older. A model that declares less than a council's
 * record term (the task notifications: 180 days of mail delivery, not the council's record) keeps
 * its shorter term, and never more than the council's.
 */
@Component
class HistoryRetention {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

    private final RepositoryService repository;
    private final HistoryService history;
    private final Directory directory;

    HistoryRetention(RepositoryService repository, HistoryService history, Directory directory) {
        this.repository = repository;
        this.history = history;
        this.directory = directory;
    }

    /** Sets the council's retention on all of the tenant's definitions; returns whether any changed. */
    boolean applyTo(String tenantId) {
        int days = directory.settings(tenantId).historyRetentionDays();
        int changed = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().tenantIdIn(tenantId).list()) {
            // a definition holds either its model's term or the one set here: at the council's term it is right as it is,
            // and its model (parsed from the database on every start otherwise) need not be read
            if (Objects.equals(definition.getHistoryTimeToLive(), days)) {
                continue;
            }
            int wanted = days;
            Integer declared = declaredTimeToLive(definition);
            if (declared != null && declared < CouncilSettings.DEFAULT_HISTORY_RETENTION_DAYS) {
                wanted = Math.min(declared, days);
            }
            if (!Objects.equals(definition.getHistoryTimeToLive(), wanted)) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), wanted);
                changed++;
            }
        }
        for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().tenantIdIn(tenantId).list()) {
            if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
                repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        if (changed > 0) {
            LOG.info("History of tenant {} is kept {} days: {} definitions changed", tenantId, days, changed);
            recalculateFinished(tenantId);
        }
        return changed > 0;
    }

    private Integer declaredTimeToLive(ProcessDefinition definition) {
        Process process = repository.getBpmnModelInstance(definition.getId()).getModelElementById(definition.getKey());
        return ParseUtil.parseHistoryTimeToLive(process.getCamundaHistoryTimeToLiveString());
    }

    /**
     * The engine fixes an instance's removal time when its root ends, from the time to live of that
     * moment; finished instances are recalculated so they follow the new retention too. Hierarchical:
     * a meeting's called protocol and the rule evaluations go with their root instance. Sovet
     * evaluates its decision tables only inside processes, so no decision stands alone.
     */
    private void recalculateFinished(String tenantId) {
        var finished = history.createHistoricProcessInstanceQuery().tenantIdIn(tenantId).rootProcessInstances().finished();
        if (finished.count() > 0) {
            history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime().byQuery(finished).hierarchical()
                    .executeAsync();
        }
    }
}
