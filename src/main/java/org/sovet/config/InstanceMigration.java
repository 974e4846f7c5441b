package org.sovet.config;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves a cluster's running instances to the latest version of their model after a deployment, so
 * a fix in a model (who a step is for, what it reads) applies to the work already under way. An
 * instance that cannot move (an activity the new model lacks) stays on its version, logged.
 */
@Component
public class InstanceMigration {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceMigration.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;

    InstanceMigration(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /** How many instances moved. */
    public int toLatest(String tenantId) {
        int moved = 0;
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().tenantIdIn(tenantId).latestVersion().list();
        for (ProcessDefinition target : latest) {
            for (ProcessDefinition source : repository.createProcessDefinitionQuery().tenantIdIn(tenantId)
                    .processDefinitionKey(target.getKey()).list()) {
                if (source.getVersion() < target.getVersion()) {
                    moved += move(source, target);
                }
            }
        }
        return moved;
    }

    private int move(ProcessDefinition source, ProcessDefinition target) {
        var instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
        long count = instances.count();
        if (count == 0) {
            return 0;
        }
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers().build();
        } catch (ProcessEngineException e) {
            LOG.warn("Instances of {} v{} stay on their version (tenant {}): {}", source.getKey(), source.getVersion(),
                    source.getTenantId(), e.getMessage());
            return 0;
        }
        try {
            runtime.newMigration(plan).processInstanceQuery(instances).execute();
            LOG.info("Moved {} instance(s) of {} v{} to v{} (tenant {})", count, source.getKey(), source.getVersion(),
                    target.getVersion(), source.getTenantId());
            return (int) count;
        } catch (ProcessEngineException e) {
            // one instance waiting where the new model has no equal step refuses the whole batch: the others still move
            LOG.info("Not every instance of {} v{} can move to v{} (tenant {}), moving them one by one: {}", source.getKey(),
                    source.getVersion(), target.getVersion(), source.getTenantId(), e.getMessage());
        }
        return oneByOne(source, plan, instances.list().stream().map(ProcessInstance::getId).toList());
    }

    private int oneByOne(ProcessDefinition source, MigrationPlan plan, List<String> instanceIds) {
        int moved = 0;
        for (String id : instanceIds) {
            try {
                runtime.newMigration(plan).processInstanceIds(id).execute();
                moved++;
            } catch (ProcessEngineException e) {
                LOG.warn("Instance {} of {} v{} stays on its version (tenant {}): {}", id, source.getKey(), source.getVersion(),
                        source.getTenantId(), e.getMessage());
            }
        }
        return moved;
    }
}
