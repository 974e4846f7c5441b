package org.sovet.notify;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovet.common.AsEngine;
import org.springframework.stereotype.Service;

/**
 * The mail jobs that failed — an SMTP server down, a refused message — in the clusters given, and
 * their retry. The callers decide which clusters a person may see; the engine is asked as itself,
 * since the page's people have no Camunda permission on jobs.
 */
@Service
public class FailedMails {

    /** As many tries as the models' failedJobRetryTimeCycle (R3/PT5M) gives a mail, so a second outage is retried too. */
    static final int RETRIES = 3;

    private static final Logger LOG = LoggerFactory.getLogger(FailedMails.class);

    private final ManagementService management;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;
    private final Map<String, MailSteps> models;
    private final UnsentMail unsentMail;

    FailedMails(ManagementService management, RuntimeService runtime, HistoryService history, IdentityService identity,
                List<MailSteps> models, UnsentMail unsentMail) {
        this.unsentMail = unsentMail;
        this.management = management;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
        this.models = models.stream().collect(Collectors.toMap(MailSteps::processKey, Function.identity()));
    }

    /** The failed mails of the clusters, the longest failing first. */
    public List<FailedMail> of(Collection<String> clusterIds) {
        return AsEngine.run(identity, () -> {
            List<Job> jobs = jobs(clusterIds);
            Map<String, List<String>> unsent = unsentMail.of(jobs.stream().map(Job::getId).toList());
            return jobs.stream().map(job -> describe(job, unsent.getOrDefault(job.getId(), List.of())))
                    .sorted(Comparator.comparing(FailedMail::since).thenComparing(FailedMail::jobId)).toList();
        });
    }

    public int count(Collection<String> clusterIds) {
        return AsEngine.run(identity, () -> jobs(clusterIds).size());
    }

    /** Gives the mail job its tries back, due now; false when it is no failed mail of these clusters. */
    public boolean retry(String jobId, Collection<String> clusterIds) {
        return AsEngine.run(identity, () -> {
            boolean visible = jobs(clusterIds).stream().anyMatch(job -> job.getId().equals(jobId));
            if (visible) {
                again(List.of(jobId));
            }
            return visible;
        });
    }

    /** Retries every failed mail of the clusters; returns how many. */
    public int retryAll(Collection<String> clusterIds) {
        return AsEngine.run(identity, () -> {
            List<String> ids = jobs(clusterIds).stream().map(Job::getId).toList();
            if (!ids.isEmpty()) {
                again(ids);
            }
            return ids.size();
        });
    }

    /** New retries resolve the job's incident; the job executor sends the mail at its next acquisition. */
    private void again(List<String> jobIds) {
        management.setJobRetries(RETRIES).jobIds(jobIds).dueDate(ClockUtil.getCurrentTime()).execute();
        LOG.info("Mail jobs {} given {} retries again", jobIds, RETRIES);
    }

    private List<Job> jobs(Collection<String> clusterIds) {
        if (clusterIds.isEmpty()) {
            return List.of();
        }
        return management.createJobQuery().withException().tenantIdIn(clusterIds.toArray(String[]::new)).list().stream()
                .filter(job -> step(job) != null).toList();
    }

    /** What the job's mail is, or null for a job that sends no mail (a timer, another step). */
    private String step(Job job) {
        MailSteps model = models.get(job.getProcessDefinitionKey());
        return model == null || job.getFailedActivityId() == null ? null : model.steps().get(job.getFailedActivityId());
    }

    private FailedMail describe(Job job, List<String> unsent) {
        MailSteps model = models.get(job.getProcessDefinitionKey());
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult();
        return new FailedMail(job.getId(), job.getTenantId(), step(job), record(model, process), unsent, since(job),
                job.getExceptionMessage(), job.getRetries());
    }

    /** The record's words; a record that cannot be read (deleted, refused) must not hide the other failures. */
    private static String record(MailSteps model, ProcessInstance process) {
        try {
            return model.record(process);
        } catch (RuntimeException e) {
            LOG.warn("No record for the failed mail of process {}: {}", process.getId(), e.getMessage());
            return "—";
        }
    }

    private Instant since(Job job) {
        List<HistoricJobLog> first = history.createHistoricJobLogQuery().jobId(job.getId()).failureLog()
                .orderByTimestamp().asc().listPage(0, 1);
        return first.isEmpty() ? job.getCreateTime().toInstant() : first.get(0).getTimestamp().toInstant();
    }
}
