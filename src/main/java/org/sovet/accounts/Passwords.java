package org.sovet.accounts;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sovet.common.AsEngine;
import org.sovet.common.LoginThrottle;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting a password through a mailed link: the link works once, before it expires, for an active person. */
@Service
public class Passwords {

    private final PasswordTokens tokens;
    private final PasswordRules rules;
    private final Directory directory;
    private final IdentityService identity;
    private final LoginThrottle throttle;

    Passwords(PasswordTokens tokens, PasswordRules rules, Directory directory, IdentityService identity, LoginThrottle throttle) {
        this.tokens = tokens;
        this.rules = rules;
        this.directory = directory;
        this.identity = identity;
        this.throttle = throttle;
    }

    /** Whose password the link sets; empty when it is unknown, used, void, expired or its person deactivated. */
    public Optional<Person> holder(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.byToken(token).filter(row -> row.openAt(tokens.now()) && directory.isActive(row.personId()))
                .flatMap(row -> directory.person(row.personId()));
    }

    /**
     * Sets the password: every other link of the person is void after. The rules it breaks, in Russian,
     * when it is refused (nothing changes then).
     *
     * @throws LinkClosed when the link does not work (any more)
     */
    @Transactional
    public List<String> set(String token, String password, String repeat) {
        Person person = holder(token).orElseThrow(LinkClosed::new);
        List<String> broken = rules.broken(person.id(), password, repeat);
        if (!broken.isEmpty()) {
            return broken;
        }
        PasswordToken row = tokens.byToken(token).orElseThrow(LinkClosed::new);
        // of two submissions of the same link at once, one sets the password
        if (!tokens.use(row.id())) {
            throw new LinkClosed();
        }
        tokens.voidAll(person.id());
        AsEngine.run(identity, () -> {
            User user = identity.createUserQuery().userId(person.id()).singleResult();
            if (user == null) {
                throw new LinkClosed();
            }
            user.setPassword(password);
            identity.saveUser(user);
            // the person proved they own the mailbox: Camunda's own delay after wrong passwords is lifted
            identity.unlockUser(person.id());
            return null;
        });
        throttle.succeeded(person.id());
        return List.of();
    }

    /** The link is unknown, used, void or expired, or its person deactivated. */
    public static final class LinkClosed extends RuntimeException {
        LinkClosed() {
            super("password link closed", null, false, false);
        }
    }
}
