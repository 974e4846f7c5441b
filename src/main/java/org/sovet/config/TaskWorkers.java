package org.sovet.config;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** Who works on a task: its assignee or a candidate (user or group), of the task's own cluster (tenant). */
final class TaskWorkers {

    static final String NOT_YOURS = "Недостаточно прав для этого действия: "
            + "комментарии и вложения добавляет только тот, кто выполняет задачу.";

    private TaskWorkers() {}

    /**
     * Refuses (403) unless the authenticated user works on the open task, or, for a process
     * instance alone, on one of its open tasks. A process instance named with a task must be the task's.
     */
    static void checkMayWrite(CommandContext context, String taskId, String processInstanceId) {
        Authentication user = context.getAuthentication();
        if (user == null || user.getUserId() == null) {
            return;
        }
        boolean allowed;
        if (taskId != null) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            allowed = task != null && (processInstanceId == null || processInstanceId.equals(task.getProcessInstanceId()))
                    && worksOn(task, user);
        } else {
            allowed = processInstanceId != null && context.getTaskManager().findTasksByProcessInstanceId(processInstanceId)
                    .stream().anyMatch(task -> worksOn(task, user));
        }
        if (!allowed) {
            throw new Refusal(403, NOT_YOURS);
        }
    }

    /** Whether the caller may see the task's or instance's cluster (history included); the engine's own calls may. */
    static boolean mayRead(CommandContext context, String taskId, String processInstanceId) {
        Authentication user = context.getAuthentication();
        if (user == null || user.getUserId() == null) {
            return true;
        }
        String tenantId = null;
        if (taskId != null) {
            var task = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
            tenantId = task == null ? null : task.getTenantId();
        } else if (processInstanceId != null) {
            var instance = context.getHistoricProcessInstanceManager().findHistoricProcessInstance(processInstanceId);
            tenantId = instance == null ? null : instance.getTenantId();
        }
        return tenantId == null || (user.getTenantIds() != null && user.getTenantIds().contains(tenantId));
    }

    static boolean worksOn(TaskEntity task, Authentication user) {
        List<String> tenants = user.getTenantIds() == null ? List.of() : user.getTenantIds();
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (task.getTenantId() != null && !tenants.contains(task.getTenantId())) {
            return false;
        }
        return user.getUserId().equals(task.getAssignee()) || task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> user.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
    }
}
