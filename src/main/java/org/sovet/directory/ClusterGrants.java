package org.sovet.directory;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Camunda's side of a cluster: its tenant, a group per council role in it, the supervisors group in
 * every tenant, and the authorizations each group needs. Idempotent.
 */
@Component
class ClusterGrants {

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final List<String> startedBySecretaries;

    ClusterGrants(IdentityService identity, AuthorizationService authorizations,
                  @Value("${sovet.processes.started-by-secretaries}") List<String> startedBySecretaries) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.startedBySecretaries = List.copyOf(startedBySecretaries);
    }

    void syncSupervisors() {
        ensureGroup(CouncilRole.SUPERVISORS_GROUP, "Надзор (все кластеры, только чтение)");
        grantSupervisors();
        narrowTaskGrants();
    }

    void syncCluster(Cluster cluster) {
        if (identity.createTenantQuery().tenantId(cluster.id()).count() == 0) {
            var tenant = identity.newTenant(cluster.id());
            tenant.setName(cluster.name());
            identity.saveTenant(tenant);
        }
        addGroupToTenant(CouncilRole.SUPERVISORS_GROUP, cluster.id());
        for (CouncilRole role : CouncilRole.values()) {
            String groupId = role.groupId(cluster.id());
            ensureGroup(groupId, role.title() + " — " + cluster.name());
            addGroupToTenant(groupId, cluster.id());
            grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(groupId, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            // Tasklist's columns «Кластер» and «Предмет» are process variables; the tenant keeps them in the cluster
            grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
            if (role == CouncilRole.SECRETARY) {
                // only the processes a secretary begins; protocols, follow-ups and notifications are the system's
                revoke(groupId, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.CREATE_INSTANCE);
                for (String key : startedBySecretaries) {
                    grant(groupId, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.CREATE_INSTANCE);
                }
                grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
                // vote counting evaluates the council's DMN rules on the secretary's behalf
                grant(groupId, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE);
            }
        }
    }

    private void grantSupervisors() {
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.PROCESS_DEFINITION, "*", Permissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE);
        // every task is readable through the TASK grant alone: a second grant (READ_TASK on every definition) matched
        // each task twice in the engine's authorization join, and a Tasklist count sorted twice the country's tasks
        revoke(CouncilRole.SUPERVISORS_GROUP, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_TASK);
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.TASK, "*", Permissions.READ);
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(CouncilRole.SUPERVISORS_GROUP, Resources.OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ);
    }

    /** Tasks created before TASK_WORK became the default still grant UPDATE to their people. */
    private void narrowTaskGrants() {
        for (Authorization authorization : authorizations.createAuthorizationQuery()
                .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()) {
            if (!"*".equals(authorization.getResourceId())) {
                authorization.removePermission(Permissions.UPDATE);
                authorization.addPermission(TaskPermissions.TASK_WORK);
                authorizations.saveAuthorization(authorization);
            }
        }
    }

    private void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            existing.removePermission(permission);
            authorizations.saveAuthorization(existing);
        }
    }

    private void ensureGroup(String groupId, String name) {
        Group group = identity.createGroupQuery().groupId(groupId).singleResult();
        if (group == null) {
            group = identity.newGroup(groupId);
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
        }
        group.setName(name);
        identity.saveGroup(group);
    }

    private void addGroupToTenant(String groupId, String tenantId) {
        if (identity.createTenantQuery().groupMember(groupId).tenantId(tenantId).count() == 0) {
            identity.createTenantGroupMembership(tenantId, groupId);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
