package org.sovet.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.support.Mails;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's mail job that sent and then rolled back (an optimistic-locking conflict completing the
 * multi-instance, a crash) is retried without mailing the member again; a new run of the step mails again.
 * The step is multi-instance, one job per person, as the models were before one job mailed everyone: a
 * process started then still runs it so, and its job mails its own person only.
 */
class SentMailTest extends SovetTest {

    private static final String KEY = "sentMailCheck";
    private static final String MEMBER = "kolesnikova";

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;

    private String deploymentId;

    /**
     * The mail step as the older models ran it: one asynchronous job per person, with an input mapping like the
     * meeting and assignment mails' «mailKind» (which gives each try an execution of its own), then a wait
     * to run it again.
     */
    @BeforeEach
    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
                .startEvent("start_check")
                .exclusiveGateway("gateway_send_again")
                .serviceTask("service_send_task_mail").camundaDelegateExpression("${sendTaskMail}")
                .camundaInputParameter("mailKind", "reminder")
                .camundaExecutionListenerClass(ExecutionListener.EVENTNAME_END, FailsOnceAfterSending.class)
                .multiInstance().camundaCollection("${recipients}").camundaElementVariable(TaskNotificationProcess.Vars.RECIPIENT)
                .camundaAsyncBefore().multiInstanceDone()
                .userTask("user_wait")
                .connectTo("gateway_send_again")
                .done();
        deploymentId = repository.createDeployment().addModelInstance("sent-mail-check.bpmn", model).deploy().getId();
        FailsOnceAfterSending.ARMED.set(false);
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deploymentId, true);
    }

    @Test
    void shouldNotMailTheMemberAgainWhenTheJobThatSentRollsBackAndIsRetried() throws Exception {
        FailsOnceAfterSending.ARMED.set(true);
        ProcessInstance instance = start();
        String jobId = management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId();

        assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("after the mail was sent");
        assertThat(MAIL.getReceivedMessages()).as("the server accepted the mail before the rollback").hasSize(1);
        assertThat(management.createJobQuery().jobId(jobId).singleResult().getRetries()).as("the job is to be retried").isEqualTo(2);

        assertThat(scenario.runJobs(instance.getId())).isOne();

        assertThat(MAIL.getReceivedMessages()).as("the retry sent nothing").hasSize(1);
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).as("the retry succeeded").isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("user_wait").count()).isOne();
    }

    @Test
    void shouldMailTheMemberAgainWhenTheStepRunsAgain() throws Exception {
        ProcessInstance instance = start();
        scenario.runJobs(instance.getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
        scenario.runJobs(instance.getId());

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(Mails::recipient)).containsOnly("kolesnikova@example.org");
        assertThat(Arrays.stream(received).map(Mails::messageId))
                .as("each run is a mail of its own, named by the process instance")
                .doesNotHaveDuplicates().allMatch(id -> id.startsWith("<" + instance.getId() + "."));
    }

    private ProcessInstance start() {
        scenario.signOut();
        return runtime.startProcessInstanceByKey(KEY, Map.of(TaskNotificationProcess.Vars.RECIPIENTS, List.of(MEMBER),
                TaskNotificationProcess.Vars.TASK_NAME, "Утвердить план работы кластера", TaskNotificationProcess.Vars.TASK_ID, "t-1"));
    }

    /** Throws once, when armed, after the step's delegate ran: the job's transaction rolls back, the mail is out. */
    public static class FailsOnceAfterSending implements ExecutionListener {

        static final AtomicBoolean ARMED = new AtomicBoolean();

        @Override
        public void notify(DelegateExecution execution) {
            if (ARMED.getAndSet(false)) {
                throw new IllegalStateException("The job fails after the mail was sent");
            }
        }
    }
}
