package org.sovet.support;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.sovet.common.LoginThrottle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Who acts, and the engine's clock-free chores: a clean slate, running the due jobs. */
@Component
public class Scenario {

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final JdbcClient jdbc;
    private final TestClock clock;
    private final RepositoryService repository;
    private final FormService forms;
    private final TaskService tasks;
    private final boolean postgres;
    private final LoginThrottle throttle;
    private final DirectorySnapshot directory;

    Scenario(IdentityService identity, RuntimeService runtime, ManagementService management, JdbcClient jdbc, TestClock clock,
             RepositoryService repository, FormService forms, TaskService tasks, DataSource dataSource, LoginThrottle throttle,
             DirectorySnapshot directory)
            throws MetaDataAccessException {
        this.identity = identity;
        this.runtime = runtime;
        this.management = management;
        this.jdbc = jdbc;
        this.clock = clock;
        this.repository = repository;
        this.forms = forms;
        this.tasks = tasks;
        this.postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        this.throttle = throttle;
        this.directory = directory;
    }

    /** Acts as this directory person, with their groups and clusters, as Tasklist would. */
    public void actAs(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        identity.setAuthentication(userId, groups, tenants);
    }

    /** Starts the tenant's latest definition of the process through its start form, as the user. */
    public ProcessInstance startForm(String processKey, String tenantId, String userId, Map<String, Object> variables) {
        actAs(userId);
        try {
            String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                    .tenantIdIn(tenantId).latestVersion().singleResult().getId();
            return forms.submitStartForm(definitionId, variables);
        } finally {
            signOut();
        }
    }

    /** Claims the task if nobody has (Tasklist requires it) and submits its form, as the user. */
    public void submitForm(Task task, String userId, Map<String, Object> variables) {
        actAs(userId);
        try {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), userId);
            }
            forms.submitTaskForm(task.getId(), variables);
        } finally {
            signOut();
        }
    }

    public void signOut() {
        identity.clearAuthentication();
    }

    /** Runs every job of the process instance with retries left, due or not; returns how many ran. */
    public int runJobs(String processInstanceId) {
        signOut();
        List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).withRetriesLeft().list();
        jobs.forEach(job -> management.executeJob(job.getId()));
        return jobs.size();
    }

    /** Runs every process job of the engine with retries left (not history cleanup); returns how many ran. */
    public int runAllJobs() {
        signOut();
        List<Job> jobs = management.createJobQuery().withRetriesLeft().list().stream()
                .filter(job -> job.getProcessInstanceId() != null).toList();
        jobs.forEach(job -> management.executeJob(job.getId()));
        return jobs.size();
    }

    public void reset() {
        signOut();
        clock.reset();
        // every test's requests come from 127.0.0.1: one test's wrong passwords must not slow down the next
        throttle.clear();
        runtime.createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        List<String> tables = List.of("protocol_annex", "stored_file", "assignment_extension", "assignment_report", "ballot", "written_decision", "assignment", "protocol_signature", "protocol", "decision", "agenda_record", "meeting_guest",
                "meeting_attendee", "agenda_speaker", "agenda_item", "agenda_proposal", "agenda_no_proposals", "meeting_reply", "meeting", "protocol_counter", "planned_meeting", "plan_draft_document", "plan_document", "plan_review", "plan_item", "plan_section",
                "plan_task", "work_plan", "staff_import", "password_token", "password_request", "substitution");
        // closed records refuse DELETE (their triggers); truncation fires no row trigger and is the tests' own clean slate
        if (postgres) {
            jdbc.sql("truncate table " + String.join(", ", tables)).update();
        } else {
            jdbc.sql("set referential_integrity false").update();
            tables.forEach(table -> jdbc.sql("truncate table " + table).update());
            jdbc.sql("set referential_integrity true").update();
        }
        directory.restore();
    }
}
