package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.support.Concurrently;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Two nodes starting on one database take turns, and neither leaves a second copy of anything. */
class StartupLockTest extends SovetTest {

    private static final List<String> FILTERS = List.of("Мои задачи", "Задачи моей группы", "Просроченные", "Все задачи кластера");

    @Autowired Bootstrap bootstrap;
    @Autowired StartupLock lock;
    @Autowired Directory directory;
    @Autowired FilterService filters;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired RepositoryService repository;

    @Test
    void shouldLeaveOneOfEachFilterGroupAndTenantMembershipWhenTwoNodesStartTogether() throws Exception {
        long deployments = repository.createDeploymentQuery().count();

        Callable<Void> start = () -> {
            bootstrap.run(null);
            return null;
        };
        Concurrently.run(List.of(start, start));

        for (String name : FILTERS) {
            assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
            assertThat(everyoneReads(filters.createFilterQuery().filterName(name).singleResult())).as(name).isEqualTo(1);
        }
        List<Cluster> clusters = directory.clusters();
        assertThat(identity.createTenantQuery().count()).isEqualTo(clusters.size());
        for (Cluster cluster : clusters) {
            assertThat(identity.createTenantQuery().groupMember("supervisors").tenantId(cluster.id()).count()).isEqualTo(1);
            for (CouncilRole role : CouncilRole.values()) {
                String group = role.groupId(cluster.id());
                assertThat(identity.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
                assertThat(identity.createTenantQuery().groupMember(group).count()).as(group).isEqualTo(1);
            }
        }
        assertThat(repository.createDeploymentQuery().count()).as("unchanged models are not deployed again")
                .isEqualTo(deployments);
    }

    @Test
    void shouldStartWithAFilterAnEarlierRaceCreatedTwiceAndKeepOne() {
        Filter copy = filters.newTaskFilter("Мои задачи");
        copy.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        filters.saveFilter(copy);
        Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everyone.setUserId(Authorization.ANY);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(copy.getId());
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
        assertThat(filters.createFilterQuery().filterName("Мои задачи").count()).isEqualTo(2);

        bootstrap.run(null);

        assertThat(filters.createFilterQuery().filterName("Мои задачи").count()).isEqualTo(1);
        assertThat(everyoneReads(filters.createFilterQuery().filterName("Мои задачи").singleResult())).isEqualTo(1);
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).userIdIn(Authorization.ANY).count())
                .as("one grant to everyone per filter, none left on the removed copy").isEqualTo(FILTERS.size());
    }

    @Test
    void shouldMakeASecondNodeWaitForTheFirstAndGiveUpAfterItsBound() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = nodes.submit(() -> lock.runExclusively(Duration.ofMinutes(1), () -> {
                events.add("first starts");
                firstHolds.countDown();
                awaitQuietly(firstMayFinish);
                events.add("first ends");
            }));
            assertThat(firstHolds.await(1, TimeUnit.MINUTES)).isTrue();

            assertThatThrownBy(() -> lock.runExclusively(Duration.ofSeconds(1), () -> events.add("impatient starts")))
                    .hasMessageContaining("still holds the start-up lock");

            Future<?> second = nodes.submit(() -> lock.runExclusively(Duration.ofMinutes(1), () -> events.add("second starts")));
            firstMayFinish.countDown();
            first.get(1, TimeUnit.MINUTES);
            second.get(1, TimeUnit.MINUTES);
        } finally {
            firstMayFinish.countDown();
            nodes.shutdownNow();
        }
        assertThat(events).containsExactly("first starts", "first ends", "second starts");
    }

    private long everyoneReads(Filter filter) {
        return authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
                .userIdIn(Authorization.ANY).hasPermission(Permissions.READ).count();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
