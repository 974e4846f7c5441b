package org.sovet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TenantManager;
import org.sovet.directory.CouncilRole;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization and tenant checks, kept as they decide but without the work that grows with the
 * number of clusters (a country has thousands, each a tenant with its own groups); what anyone may see or do
 * is unchanged.
 */
@Component
class ChecksAtScale extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new Factory(AuthorizationManager.class, UnfilteredGroups::new));
        factories.add(new Factory(TenantManager.class, SupervisorsUnnarrowed::new));
        configuration.setCustomSessionFactories(factories);
        configuration.setIdentityProviderSessionFactory(new Factory(MemberGroupsFirst.class, MemberGroupsFirst::new));
    }

    private static final class Factory implements SessionFactory {

        private final Class<?> type;
        private final Supplier<Session> manager;

        Factory(Class<?> type, Supplier<Session> manager) {
            this.type = type;
            this.manager = manager;
        }

        @Override
        public Class<?> getSessionType() {
            return type;
        }

        @Override
        public Session openSession() {
            return manager.get();
        }
    }

    /**
     * Before each check the engine narrows the caller's groups to those some authorization names, reading
     * every such group of every cluster once per command (tens of thousands of ids) to shorten a list of a
     * handful. A group no authorization names matches no authorization row, so the caller's groups are used
     * as they are.
     */
    static final class UnfilteredGroups extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
        }
    }

    /**
     * Supervisors read every cluster: their group belongs to every cluster's tenant, so the engine would put
     * every tenant id of the country into each of their queries. Their queries are not narrowed by tenant
     * instead — the same rows — and what they may do is still decided by their authorizations: reading.
     */
    static final class SupervisorsUnnarrowed extends TenantManager {

        @Override
        public boolean isTenantCheckEnabled() {
            Authentication caller = getCurrentAuthentication();
            boolean supervisor = caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(CouncilRole.SUPERVISORS_GROUP);
            return !supervisor && super.isTenantCheckEnabled();
        }
    }

    /**
     * The groups of a member — what the engine asks for every Tasklist query by candidate user, once for the list
     * and again for its count. H2 answered it by reading every group of every cluster in id order and looking up
     * the member's membership of each (thousands of groups to return a handful). The member's group ids are read
     * from her memberships first and the engine's own query, its authorization check unchanged, is asked for those
     * ids: the same groups.
     */
    static final class MemberGroupsFirst extends DbIdentityServiceProvider {

        @Override
        public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
            return narrowedToMemberships(query) ? super.findGroupByQueryCriteria(query) : new ArrayList<>();
        }

        @Override
        public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
            return narrowedToMemberships(query) ? super.findGroupCountByQueryCriteria(query) : 0;
        }

        /** False when the member has no group at all. */
        private boolean narrowedToMemberships(DbGroupQueryImpl query) {
            if (query.getUserId() == null || query.getIds() != null) {
                return true;
            }
            // the engine's own statement, from the memberships to their groups, without an authorization check
            List<String> groupIds = new ArrayList<>();
            for (Object group : getDbEntityManager().selectList("selectGroupsByUserId", query.getUserId())) {
                groupIds.add(((Group) group).getId());
            }
            if (groupIds.isEmpty()) {
                return false;
            }
            query.groupIdIn(groupIds.toArray(String[]::new));
            return true;
        }
    }
}
