package org.sovet.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.support.Mails;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A mail step mails all its people from one job: whom it could not mail are named and retried alone, the
 * others get their mail once; a server that is down is asked once, not once per person.
 */
class MailingTest extends SovetTest {

    private static final String KEY = "mailingCheck";
    /** The step as models before one mailing job had it: multi-instance, a job per person. */
    private static final String OLDER_KEY = "mailingCheckPerPerson";
    private static final List<String> PEOPLE = List.of("belyaev", "kolesnikova", "vorontsov");

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Mailing mailing;
    @Autowired Directory directory;
    @Autowired UnsentMail unsentMail;
    @Autowired JdbcClient jdbc;

    private String deploymentId;

    @BeforeEach
    void deploy() {
        deploymentId = repository.createDeployment().addModelInstance("mailing-check.bpmn", Bpmn.createExecutableProcess(KEY)
                .startEvent("start_check")
                .serviceTask("service_mail_everyone").camundaClass(MailsEveryone.class).camundaAsyncBefore()
                .endEvent("end_check")
                .done()).addModelInstance("mailing-check-per-person.bpmn", Bpmn.createExecutableProcess(OLDER_KEY)
                .startEvent("start_check")
                .serviceTask("service_mail_everyone").camundaClass(MailsEveryone.class).camundaInputParameter("mailKind", "reminder")
                .multiInstance().camundaCollection("${people}").camundaElementVariable("recipientId").camundaAsyncBefore().multiInstanceDone()
                .endEvent("end_check")
                .done()).deploy().getId();
        MailsEveryone.mailing = mailing;
        MailsEveryone.directory = directory;
        MailsEveryone.REFUSED.clear();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deploymentId, true);
    }

    @Test
    void shouldMailEveryoneElseAndRetryOnlyWhomTheMailingMissed() {
        MailsEveryone.REFUSED.add("kolesnikova");
        String instance = start();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("1 of 3 mails not sent");
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mails::recipient))
                .containsExactlyInAnyOrder("belyaev@example.org", "vorontsov@example.org");
        assertThat(unsentMail.of(List.of(job.getId()))).isEqualTo(Map.of(job.getId(), List.of("kolesnikova")));

        MailsEveryone.REFUSED.clear();
        management.executeJob(job.getId());

        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mails::recipient)).as("the retry mailed only her")
                .containsExactlyInAnyOrder("belyaev@example.org", "vorontsov@example.org", "kolesnikova@example.org");
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mails::messageId)).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("<" + instance + "." + job.getId() + "."));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).as("the process went on").isZero();
        assertThat(unsentMail.of(List.of(job.getId()))).as("nobody is left unsent").isEmpty();
    }

    @Test
    void shouldNameEveryoneUnsentWhenTheServerIsDownAndMailThemAllOnceItIsBack() {
        String instance = start();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        MAIL.stop();
        try {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("3 of 3 mails not sent")
                    .hasMessageContaining("connect");
        } finally {
            MAIL.start();
        }
        assertThat(unsentMail.of(List.of(job.getId())).get(job.getId())).containsExactlyInAnyOrderElementsOf(PEOPLE);
        assertThat(jdbc.sql("select count(*) from sent_mail where mail_key like ?").param(instance + "/%").query(Integer.class).single())
                .isZero();

        management.executeJob(job.getId());

        assertThat(MAIL.getReceivedMessages()).hasSize(3);
        assertThat(unsentMail.of(List.of(job.getId()))).isEmpty();
    }

    @Test
    void shouldMailOnlyItsOwnPersonFromEachJobOfAProcessStartedWhenTheStepWasAJobPerPerson() {
        scenario.signOut();
        String instance = runtime.startProcessInstanceByKey(OLDER_KEY, Map.of("people", PEOPLE)).getId();

        assertThat(scenario.runJobs(instance)).isEqualTo(3);

        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(Mails::recipient)).as("one mail a job, each to its person")
                .containsExactlyInAnyOrder("belyaev@example.org", "kolesnikova@example.org", "vorontsov@example.org");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    private String start() {
        scenario.signOut();
        return runtime.startProcessInstanceByKey(KEY).getId();
    }

    /** The step as the models' mail delegates write it: everyone's mail, made per person; a refused person's throws. */
    public static class MailsEveryone implements JavaDelegate {

        static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();
        static Mailing mailing;
        static Directory directory;

        @Override
        public void execute(DelegateExecution execution) {
            mailing.send(execution, mailing.recipients(execution, "recipientId", () -> PEOPLE), id -> {
                if (REFUSED.contains(id)) {
                    throw new IllegalStateException("No address for " + id);
                }
                Person person = directory.person(id).orElseThrow();
                return new Mail(person.email(), person.fullName(), person.greeting(), "Проверка рассылки", "task-assigned",
                        Map.of("tasks", List.of(Map.of("taskName", "Проверить рассылку"))), List.of());
            });
        }
    }
}
