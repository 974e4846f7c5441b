package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TenantManager;
import org.junit.jupiter.api.Test;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine never looks for REVOKE authorizations (each task query would pay for it): Sovet only grants, and a
 * secretary's narrower rights are a grant with a permission removed, so nothing it writes may be a REVOKE. A
 * supervisor reads every task through one grant, so Tasklist's counts meet each task once.
 */
class AuthorizationChecksTest extends SovetTest {

    private static final String ALL_OF_CLUSTER = "Все задачи кластера";
    private static final String SUPERVISOR = "petrova";
    private static final String OTHER_CLUSTER_METHODIST = "bykova";

    @Autowired EngineRest rest;
    @Autowired WorkPlanFixture plan;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldWriteNoRevokeAuthorizationSinceTheEngineDoesNotLookForThem() {
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
                .isZero();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).count())
                .isPositive();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("supervisors")
                .resourceType(Resources.PROCESS_DEFINITION).hasPermission(ProcessDefinitionPermissions.READ_TASK).count()).isZero();
    }

    @Test
    void shouldShowTheClusterItsTasksAndTheSupervisorEveryClustersTasksInTheAllTasksFilter() {
        String taskId = planUnderReview();

        assertThat(tasks(WorkPlanFixture.DIRECTOR)).contains(taskId);
        assertThat(tasks(SUPERVISOR)).contains(taskId);
        assertThat(tasks(OTHER_CLUSTER_METHODIST)).doesNotContain(taskId);
        assertThat(count(SUPERVISOR)).isEqualTo(engine.getTaskService().createTaskQuery().count());
    }

    @Test
    void shouldLetTheSupervisorReadEveryClusterWithoutATenantListAndStillChangeNothing() {
        String taskId = planUnderReview();
        String assignee = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee();
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getSessionFactories().get(TenantManager.class).openSession())
                .isInstanceOf(ChecksAtScale.SupervisorsUnnarrowed.class);
        assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
                .isInstanceOf(ChecksAtScale.UnfilteredGroups.class);

        assertThat(rest.read(rest.get(SUPERVISOR, "/task/" + taskId)).get("id").asText()).isEqualTo(taskId);
        assertThat(rest.post(SUPERVISOR, "/task/" + taskId + "/claim", Map.of("userId", SUPERVISOR)).getStatusCode().value())
                .isEqualTo(403);
        assertThat(rest.get(OTHER_CLUSTER_METHODIST, "/task/" + taskId).getStatusCode().value()).isEqualTo(404);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(assignee);
    }

    @Test
    void shouldFindAMembersGroupsFromHerMembershipsWithTheirAuthorizationCheckAndTasksByThem() {
        String taskId = planUnderReview();
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getSessionFactories().get(ReadOnlyIdentityProvider.class).openSession())
                .isInstanceOf(ChecksAtScale.MemberGroupsFirst.class);
        List<String> memberships = jdbc.sql("select GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ = ?")
                .param(WorkPlanFixture.DIRECTOR).query(String.class).list();

        assertThat(engine.getIdentityService().createGroupQuery().groupMember(WorkPlanFixture.DIRECTOR).list())
                .extracting(Group::getId).containsExactlyInAnyOrderElementsOf(memberships);
        assertThat(engine.getIdentityService().createGroupQuery().groupMember(WorkPlanFixture.DIRECTOR).count())
                .isEqualTo(memberships.size());
        assertThat(engine.getIdentityService().createGroupQuery().groupMember("nobody-at-all").list()).isEmpty();
        assertThat(engine.getIdentityService().createGroupQuery().groupMember("nobody-at-all").count()).isZero();
        // the plan's review waits for the director's group: found through the candidate user's groups
        assertThat(rest.read(rest.post(WorkPlanFixture.DIRECTOR, "/task", Map.of("candidateUser", WorkPlanFixture.DIRECTOR)))
                .findValuesAsText("id")).contains(taskId);
        assertThat(rest.read(rest.get(OTHER_CLUSTER_METHODIST, "/group/count?member=" + WorkPlanFixture.DIRECTOR))
                .get("count").asLong()).as("another cluster's groups stay unreadable to her").isZero();
    }

    private String planUnderReview() {
        var instance = plan.start(Year.now(ZoneId.of("Europe/Kirov")).getValue() + 1);
        plan.draft(instance, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        return plan.task(instance).getId();
    }

    private List<String> tasks(String user) {
        List<String> ids = new ArrayList<>();
        rest.read(rest.post(user, "/filter/" + filterId(user) + "/list?firstResult=0&maxResults=200", Map.of()))
                .forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private long count(String user) {
        return rest.read(rest.post(user, "/filter/" + filterId(user) + "/count", Map.of())).get("count").asLong();
    }

    private String filterId(String user) {
        for (JsonNode filter : rest.read(rest.get(user, "/filter?resourceType=Task"))) {
            if (ALL_OF_CLUSTER.equals(filter.get("name").asText())) {
                return filter.get("id").asText();
            }
        }
        throw new AssertionError("no filter «" + ALL_OF_CLUSTER + "» for " + user);
    }
}
