package org.sovet.accounts;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sovet.common.AsEngine;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.directory.PersonAdded;
import org.sovet.directory.PersonDeactivated;
import org.sovet.directory.PersonReactivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A new person without a password gets a one-time link to set one, by e-mail. The link's row is written
 * in the directory's own transaction, so a person added is never left uninvited; its mail goes after
 * the commit ({@link TokenOutbox}).
 */
@Service
public class Invitations {

    private final PasswordTokens tokens;
    private final TokenOutbox outbox;
    private final TokenMails mails;
    private final Directory directory;
    private final IdentityService identity;
    private final AccountRights rights;
    private final InvitationStatuses statuses;

    Invitations(PasswordTokens tokens, TokenOutbox outbox, TokenMails mails, Directory directory, IdentityService identity,
                AccountRights rights, InvitationStatuses statuses) {
        this.statuses = statuses;
        this.tokens = tokens;
        this.outbox = outbox;
        this.mails = mails;
        this.directory = directory;
        this.identity = identity;
        this.rights = rights;
    }

    /**
     * Before the directory's transaction commits, when its Camunda user exists: a person with a password
     * already (the demo and test profiles give everyone «demo») is not invited.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void personAdded(PersonAdded event) {
        Optional<Person> person = directory.person(event.personId());
        if (person.isPresent() && hasAddress(person.get()) && !hasPassword(event.personId())) {
            tokens.add(event.personId(), TokenPurpose.INVITATION, event.actor(), mails.ttl(TokenPurpose.INVITATION));
            outbox.afterCommit();
        }
    }

    /** The password a deactivation replaced is known to no one: the person sets a new one through an invitation. */
    @EventListener
    void personReactivated(PersonReactivated event) {
        directory.person(event.personId()).filter(Invitations::hasAddress).ifPresent(person -> {
            tokens.voidAll(person.id());
            tokens.add(person.id(), TokenPurpose.INVITATION, event.actor(), mails.ttl(TokenPurpose.INVITATION));
            outbox.afterCommit();
        });
    }

    /** In the deactivation's own transaction: no link of theirs works any more, nor is mailed. */
    @EventListener
    void personDeactivated(PersonDeactivated event) {
        tokens.voidAll(event.personId());
    }

    /** A new link for the person, by the cluster's secretary or chair or an administrator; every earlier link is void. */
    @Transactional
    public void resend(String actor, String personId) {
        Person person = directory.person(personId).orElseThrow(() -> new InputRejectedException("Такого человека нет в справочнике."));
        // first: a deactivated person belongs to no council any more, and would read as someone else's
        if (!directory.isActive(personId)) {
            throw new InputRejectedException("Учётная запись отключена: приглашение не отправляется.");
        }
        rights.checkMayInvite(actor, personId);
        if (!hasAddress(person)) {
            throw new InputRejectedException("У человека не указан адрес электронной почты: приглашение некуда отправить.");
        }
        tokens.voidAll(personId);
        tokens.add(personId, TokenPurpose.INVITATION, actor, mails.ttl(TokenPurpose.INVITATION));
        outbox.afterCommit();
    }

    /** «приглашение отправлено 30 ноября 2026, действует до 7 декабря 2026», «пароль установлен», «ссылка истекла …». */
    public InvitationStatus status(String personId) {
        return statuses.of(personId, hasPassword(personId));
    }

    private boolean hasPassword(String personId) {
        User user = AsEngine.run(identity, () -> identity.createUserQuery().userId(personId).singleResult());
        return user != null && user.getPassword() != null && !user.getPassword().isEmpty();
    }

    private static boolean hasAddress(Person person) {
        return person.email() != null && !person.email().isBlank();
    }
}
