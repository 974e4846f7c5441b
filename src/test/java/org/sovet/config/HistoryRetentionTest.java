package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovet.directory.CouncilSettings;
import org.sovet.notify.TaskNotificationProcess;
import org.sovet.plan.PlanStatus;
import org.sovet.plan.WorkPlanFixture;
import org.sovet.plan.WorkPlanProcess;
import org.sovet.plan.WorkPlanService;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A council's history is kept as long as its setting says; the plans themselves stay. */
class HistoryRetentionTest extends SovetTest {

    private static final String CLUSTER = WorkPlanFixture.CLUSTER;

    @Autowired HistoryRetention retention;
    @Autowired WorkPlanFixture plans;
    @Autowired WorkPlanService planService;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired TestRestTemplate http;

    @AfterEach
    void keepTheDefaultRetention() {
        keepHistoryFor(CouncilSettings.DEFAULT_HISTORY_RETENTION_DAYS);
    }

    @Test
    void shouldGiveTheClustersDefinitionsTheCouncilsRetentionAndNoOtherCluster() {
        keepHistoryFor(3650);

        assertThat(repository.createProcessDefinitionQuery().tenantIdIn(CLUSTER).list())
                .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive())
                        .isEqualTo(d.getKey().equals(TaskNotificationProcess.KEY) ? 180 : 3650));
        assertThat(repository.createDecisionDefinitionQuery().tenantIdIn(CLUSTER).list())
                .isNotEmpty().extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(3650);
        assertThat(repository.createProcessDefinitionQuery().tenantIdIn("oparino").processDefinitionKey(WorkPlanProcess.KEY).list())
                .extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(CouncilSettings.DEFAULT_HISTORY_RETENTION_DAYS);
        assertThat(retention.applyTo(CLUSTER)).as("applied again, nothing changes").isFalse();
    }

    @Test
    void shouldNeverKeepTaskNotificationsLongerThanTheCouncilSays() {
        keepHistoryFor(30);

        assertThat(repository.createProcessDefinitionQuery().tenantIdIn(CLUSTER).list())
                .isNotEmpty().extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(30);
    }

    @Test
    void shouldCleanUpAnApprovalOlderThanTheRetentionAndKeepARecentOneAndBothPlans() {
        int year = LocalDate.now(clock).getYear();
        ProcessInstance old = approvedPlan(year);
        long oldPlan = planId(old);
        keepHistoryFor(30);
        clock.advance(Duration.ofDays(20));
        ProcessInstance recent = approvedPlan(year + 1);
        long recentPlan = planId(recent);
        clock.advance(Duration.ofDays(15));

        // one run removes at most a batch per table, and a long suite leaves many instances past their time
        for (int run = 0; run < 50 && history.createHistoricActivityInstanceQuery().processInstanceId(old.getId()).count() > 0; run++) {
            management.executeJob(history.cleanUpHistoryAsync(true).getId());
        }

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old.getId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(old.getId()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent.getId()).count()).isOne();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(recent.getId()).count()).isEqualTo(2);
        assertThat(List.of(planService.plan(oldPlan), planService.plan(recentPlan)))
                .allSatisfy(plan -> assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED));
        assertThat(http.withBasicAuth("petrova", "demo").getForObject("/audit/plans/" + oldPlan, String.class))
                .contains("План работы кластера на " + year + " год", "История процесса удалена", "30");
        assertThat(http.withBasicAuth("petrova", "demo").getForObject("/audit/plans/" + recentPlan, String.class))
                .contains("План утверждён приказом № 1-од");
    }

    private ProcessInstance approvedPlan(int year) {
        ProcessInstance instance = plans.start(year);
        plans.draft(instance, WorkPlanFixture.podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plans.approve(instance, "1-од", LocalDate.now(clock));
        scenario.runJobs(instance.getId());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count()).isOne();
        return instance;
    }

    private long planId(ProcessInstance instance) {
        return (Long) history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(WorkPlanProcess.Vars.PLAN_ID).singleResult().getValue();
    }

    /** The council changes its setting; the removal times of finished instances are recalculated by a batch. */
    private void keepHistoryFor(int days) {
        jdbc.sql("update council_setting set history_retention_days = ? where cluster_id = ?").params(days, CLUSTER).update();
        retention.applyTo(CLUSTER);
        // a seed job makes at most 100 batch jobs and then another seed: rounds until the batch is done
        for (int round = 0; round < 100 && management.createBatchQuery().count() > 0; round++) {
            for (Batch batch : management.createBatchQuery().list()) {
                for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                        batch.getMonitorJobDefinitionId())) {
                    management.createJobQuery().jobDefinitionId(definition).list().forEach(job -> management.executeJob(job.getId()));
                }
            }
        }
        assertThat(management.createBatchQuery().count()).as("the recalculation is done").isZero();
    }
}
