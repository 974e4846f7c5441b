package org.sovet.accounts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sovet.common.AsEngine;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * «Забыли пароль?»: a link to set a new password, mailed to the account named by its login or e-mail.
 * The asker learns nothing about whether the account exists: the answer is the same either way, and the
 * mail goes after the answer, from the outbox. A deactivated person gets nothing.
 */
@Service
public class PasswordResets {

    private static final int MAX_ACCOUNTS_PER_ADDRESS = 5;

    private final PasswordTokens tokens;
    private final TokenOutbox outbox;
    private final TokenMails mails;
    private final ResetThrottle throttle;
    private final Directory directory;
    private final IdentityService identity;

    PasswordResets(PasswordTokens tokens, TokenOutbox outbox, TokenMails mails, ResetThrottle throttle, Directory directory,
                   IdentityService identity) {
        this.tokens = tokens;
        this.outbox = outbox;
        this.mails = mails;
        this.throttle = throttle;
        this.directory = directory;
        this.identity = identity;
    }

    /** False when this address has asked too often this hour (the same for any name it asks about). */
    @Transactional
    public boolean request(String loginOrEmail, String address) {
        if (!throttle.addressMay(address)) {
            return false;
        }
        String asked = loginOrEmail == null ? "" : loginOrEmail.trim().toLowerCase(Locale.ROOT);
        if (asked.isEmpty() || !throttle.accountMay(asked)) {
            return true;
        }
        for (String personId : accounts(asked, loginOrEmail.trim())) {
            if (directory.person(personId).isPresent() && directory.isActive(personId) && throttle.accountMay("person:" + personId)) {
                tokens.add(personId, TokenPurpose.RESET, null, mails.ttl(TokenPurpose.RESET));
                outbox.afterCommit();
            }
        }
        return true;
    }

    /** The accounts a login or an address names; a few at most (one address may serve several people). */
    private Set<String> accounts(String asked, String typed) {
        return AsEngine.run(identity, () -> {
            Set<String> ids = new LinkedHashSet<>();
            User byLogin = identity.createUserQuery().userId(asked).singleResult();
            if (byLogin != null) {
                ids.add(byLogin.getId());
            }
            if (asked.contains("@")) {
                for (String email : new LinkedHashSet<>(List.of(asked, typed))) {
                    identity.createUserQuery().userEmail(email).listPage(0, MAX_ACCOUNTS_PER_ADDRESS).forEach(u -> ids.add(u.getId()));
                }
            }
            return ids;
        });
    }
}
