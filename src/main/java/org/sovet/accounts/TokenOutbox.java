package org.sovet.accounts;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovet.notify.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails the links password_token holds unsent: soon after the transaction that wrote them commits, and
 * every {@code retry-every} for those a failure (or a node's crash) left behind. Each row is claimed with a
 * conditional update before its mail goes, so two nodes never both send it; a failure leaves it for
 * {@link #RETRY_DELAY}. On a thread of its own: a slow mail server delays no page.
 */
@Component
class TokenOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(TokenOutbox.class);
    /** How long a claimed row stays with its node; a crashed node's row is taken by another after it. */
    static final Duration HOLD = Duration.ofMinutes(5);
    static final Duration RETRY_DELAY = Duration.ofMinutes(5);

    private final PasswordTokens tokens;
    private final TokenMails mails;
    private final Mailer mailer;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "password-mail");
        thread.setDaemon(true);
        return thread;
    });

    TokenOutbox(PasswordTokens tokens, TokenMails mails, Mailer mailer,
                @Value("${sovet.accounts.retry-every:1m}") Duration retryEvery) {
        this.tokens = tokens;
        this.mails = mails;
        this.mailer = mailer;
        sender.scheduleWithFixedDelay(this::sendDueQuietly, retryEvery.toMillis(), retryEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends what is due once the caller's transaction has committed (at once without one). */
    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sendSoon();
                }
            });
        } else {
            sendSoon();
        }
    }

    void sendSoon() {
        sender.execute(this::sendDueQuietly);
    }

    /** Sends every due row this node can claim; returns how many mails the server took. */
    int sendDue() {
        int sent = 0;
        for (long id : tokens.due()) {
            if (send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long id) {
        var row = tokens.byId(id).orElse(null);
        var token = row == null ? null : tokens.claim(id, HOLD, mails.ttl(row.purpose())).orElse(null);
        if (token == null) {
            return false;
        }
        var outgoing = mails.of(tokens.byId(id).orElseThrow(), token);
        if (outgoing.isEmpty()) {
            LOG.warn("Password link {} has nobody to mail to (no person or no e-mail address); voided", id);
            tokens.voidOne(id);
            return false;
        }
        try {
            mailer.send(outgoing.get().key(), outgoing.get().mail());
            tokens.sent(id);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Password link {} not mailed, trying again in {}: {}", id, RETRY_DELAY, e.getMessage());
            tokens.failed(id, RETRY_DELAY);
            return false;
        }
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // the database may be away for a moment (a full disk, a restart): the next round tries again
            LOG.warn("Password links not mailed this round: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
