package org.sovet.notify;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sovet.config.ClusterAccess;
import org.sovet.config.SessionUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Whose mail the demo mailbox shows: a person's own, by the e-mail address of their Camunda user (the
 * directory's, mirrored), or everybody's to a Camunda administrator.
 */
@Component
@ConditionalOnProperty(name = "sovet.demo.mail-server.enabled", havingValue = "true")
class MailboxReader {

    private final ClusterAccess access;
    private final SessionUser sessionUser;
    private final IdentityService identity;

    MailboxReader(ClusterAccess access, SessionUser sessionUser, IdentityService identity) {
        this.access = access;
        this.sessionUser = sessionUser;
        this.identity = identity;
    }

    Reader of(HttpServletRequest request) {
        String userId = access.user(request)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Войдите в систему."));
        if (sessionUser.isAdmin(userId)) {
            return new Reader(null, true);
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        return new Reader(user == null ? null : user.getEmail(), false);
    }

    /** The reader's address, or none: a user without an e-mail reads nothing (unless an administrator). */
    record Reader(String email, boolean everything) {

        boolean mayRead(MimeMessage message) {
            return everything || email != null && !email.isBlank() && addressedTo(message);
        }

        private boolean addressedTo(MimeMessage message) {
            try {
                Address[] recipients = message.getAllRecipients();
                if (recipients == null) {
                    return false;
                }
                for (Address recipient : recipients) {
                    if (recipient instanceof InternetAddress address && email.equalsIgnoreCase(address.getAddress())) {
                        return true;
                    }
                }
                return false;
            } catch (MessagingException e) {
                return false;
            }
        }
    }
}
