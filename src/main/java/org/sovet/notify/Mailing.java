package org.sovet.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Service;

/**
 * A mail step's mails, one to each recipient, from the step's one asynchronous job: every recipient not
 * yet mailed by this job is tried, over one connection, and the job fails afterwards if anyone's mail
 * did not go — its retry mails only them, and the page of failed notifications names them.
 */
@Service
public class Mailing {

    private final Mailer mailer;
    private final SmtpDelivery delivery;
    private final SentMail sentMail;
    private final UnsentMail unsentMail;

    Mailing(Mailer mailer, SmtpDelivery delivery, SentMail sentMail, UnsentMail unsentMail) {
        this.mailer = mailer;
        this.delivery = delivery;
        this.sentMail = sentMail;
        this.unsentMail = unsentMail;
    }

    /**
     * The step's recipients. A process started before the steps mailed everyone in one job still runs them
     * as one job per person (a multi-instance step of its older model): such a job mails its own person only.
     */
    public List<String> recipients(DelegateExecution execution, String elementVariable, Supplier<List<String>> everyone) {
        // the step as the engine runs it, from its cached definition (the BPMN model instance would be parsed again)
        ActivityImpl step = ((ExecutionEntity) execution).getActivity();
        if (step != null && step.getFlowScope() instanceof ActivityImpl body
                && body.getActivityBehavior() instanceof MultiInstanceActivityBehavior) {
            return List.of((String) execution.getVariable(elementVariable));
        }
        return everyone.get();
    }

    /** Mails each recipient the mail {@code mailTo} makes for them; throws when any could not be mailed. */
    public void send(DelegateExecution execution, List<String> recipientIds, Function<String, Mail> mailTo) {
        // the job, not the execution: its id is the same on every retry, and the key of each mail it sends
        JobEntity job = Context.getCommandContext().getCurrentJob();
        if (job == null) {
            throw new IllegalStateException("A mail step must be asynchronous: " + execution.getCurrentActivityId());
        }
        Map<String, MailKey> keys = new LinkedHashMap<>();
        recipientIds.forEach(id -> keys.put(id, MailKey.of(execution.getProcessInstanceId(), job.getId(), id)));
        Set<MailKey> sent = sentMail.sentOf(keys.values());
        List<String> unsent = new ArrayList<>();
        RuntimeException failure = null;
        boolean reachable = true;
        try (SmtpDelivery.Connection connection = delivery.connection()) {
            for (Map.Entry<String, MailKey> recipient : keys.entrySet()) {
                if (sent.contains(recipient.getValue())) {
                    continue;
                }
                if (reachable) {
                    try {
                        mailer.send(connection, recipient.getValue(), mailTo.apply(recipient.getKey()));
                        continue;
                    } catch (SmtpDelivery.Unreachable e) {
                        // a server that is down is not asked again for each of the others
                        reachable = false;
                        failure = failure == null ? e : failure;
                    } catch (RuntimeException e) {
                        failure = failure == null ? e : failure;
                    }
                }
                unsent.add(recipient.getKey());
            }
        }
        if (failure != null) {
            unsentMail.record(job.getId(), unsent);
            throw new MailingFailed(unsent.size(), keys.size(), failure);
        }
        if (job.getExceptionMessage() != null) {
            unsentMail.forget(job.getId());
        }
    }

    /** The job's failure: how many of its mails did not go, and the first reason, which the page words in Russian. */
    static final class MailingFailed extends RuntimeException {

        MailingFailed(int unsent, int recipients, RuntimeException first) {
            super(unsent + " of " + recipients + " mails not sent. " + Objects.toString(first.getMessage(), first.toString()), first);
        }
    }
}
