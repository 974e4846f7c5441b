package org.sovet.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The fields a task's or a start's Camunda Form declares, looked up as the asking user: a task or
 * process the user may not see yields nothing, and the engine's own answer (404, 403) stands.
 */
@Component
class DeclaredForms {

    private final IdentityService identity;
    private final TaskService tasks;
    private final FormService forms;
    private final RepositoryService repository;
    private final Cache<String, Set<String>> fields = Caffeine.newBuilder().maximumSize(10_000).build();

    DeclaredForms(IdentityService identity, TaskService tasks, FormService forms, RepositoryService repository) {
        this.identity = identity;
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
    }

    Optional<Set<String>> ofTask(String userId, String taskId) {
        return asUser(userId, () -> {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                return Optional.empty();
            }
            try {
                // every form is bound to its deployment: a task definition's form never changes
                return Optional.of(task.getProcessDefinitionId() == null
                        ? FormFields.submittedBy(forms.getDeployedTaskForm(taskId))
                        : fields.get(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                                key -> FormFields.submittedBy(forms.getDeployedTaskForm(taskId))));
            } catch (ProcessEngineException | NullPointerException failed) {
                // completed by someone else since it was read: the engine fails inside its own permission check (an NPE
                // in 7.24), and the completion itself will answer for a task that is gone (409 «Задача уже выполнена»)
                if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                    return Optional.empty();
                }
                if (failed instanceof NullPointerException unexpected) {
                    throw unexpected;
                }
                return Optional.of(Set.of());
            }
        });
    }

    Optional<Set<String>> ofStart(String userId, EngineWrite start) {
        return asUser(userId, () -> definition(start).map(definition -> fields.get(definition.getId(), key -> {
            try {
                return FormFields.submittedBy(forms.getDeployedStartForm(definition.getId()));
            } catch (ProcessEngineException formless) {
                return Set.<String>of();
            }
        })));
    }

    private Optional<ProcessDefinition> definition(EngineWrite start) {
        var query = repository.createProcessDefinitionQuery();
        if (start.definitionId() != null) {
            query.processDefinitionId(start.definitionId());
        } else {
            query.processDefinitionKey(start.definitionKey()).latestVersion();
            if (start.tenantId() != null) {
                query.tenantIdIn(start.tenantId());
            }
        }
        List<ProcessDefinition> found = query.list();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private <T> Optional<T> asUser(String userId, Supplier<Optional<T>> lookup) {
        Authentication previous = identity.getCurrentAuthentication();
        // the engine's REST authentication has usually just loaded this caller's groups and tenants
        boolean known = previous != null && userId.equals(previous.getUserId()) && previous.getGroupIds() != null
                && previous.getTenantIds() != null;
        if (!known) {
            List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
            List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                    .stream().map(Tenant::getId).toList();
            identity.setAuthentication(userId, groups, tenants);
        }
        try {
            return lookup.get();
        } catch (ProcessEngineException notVisible) {
            return Optional.empty();
        } finally {
            if (!known) {
                restore(previous);
            }
        }
    }

    private void restore(Authentication previous) {
        if (previous != null) {
            identity.setAuthentication(previous);
        } else {
            identity.clearAuthentication();
        }
    }
}
