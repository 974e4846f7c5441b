package org.sovet.accounts;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.sovet.common.Hashes;
import org.sovet.common.RussianDates;
import org.sovet.config.SovetProperties;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.notify.Mail;
import org.sovet.notify.MailKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mail carrying a link to set a password: an invitation for a new person, or a reset. */
@Component
class TokenMails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Directory directory;
    private final ZoneId zone;
    private final Duration invitationTtl;
    private final Duration resetTtl;

    TokenMails(Directory directory, SovetProperties properties,
               @Value("${sovet.accounts.invitation-ttl:7d}") Duration invitationTtl,
               @Value("${sovet.accounts.reset-ttl:1h}") Duration resetTtl) {
        this.directory = directory;
        this.zone = properties.timeZone();
        this.invitationTtl = invitationTtl;
        this.resetTtl = resetTtl;
    }

    Duration ttl(TokenPurpose purpose) {
        return purpose == TokenPurpose.INVITATION ? invitationTtl : resetTtl;
    }

    /** Empty when the person is gone or has no address: the link cannot reach them. */
    Optional<Outgoing> of(PasswordToken row, String token) {
        Person person = directory.person(row.personId()).orElse(null);
        if (person == null || person.email() == null || person.email().isBlank()) {
            return Optional.empty();
        }
        var expires = row.expiresAt().atZoneSameInstant(zone);
        var model = new HashMap<String, Object>();
        model.put("login", person.id());
        model.put("link", "/password/set?token=" + token);
        model.put("expires", RussianDates.longDate(expires.toLocalDate()) + " г., " + TIME.format(expires));
        model.put("councils", councils(person));
        boolean invitation = row.purpose() == TokenPurpose.INVITATION;
        String subject = invitation ? "Приглашение в систему «Совет кластера»" : "Восстановление пароля в системе «Совет кластера»";
        // a new token each attempt: a mail lost after the server took it is sent again with a link that works
        MailKey key = new MailKey("password-token/" + row.id() + "/" + Hashes.sha256(token.getBytes()).substring(0, 16));
        return Optional.of(new Outgoing(key, new Mail(person.email(), person.fullName(), person.greeting(), subject,
                invitation ? "password-invitation" : "password-reset", model, List.of())));
    }

    /** «Член Координационного Совета — Подосиновский образовательный кластер», one per council. */
    private List<String> councils(Person person) {
        return directory.clusterIdsOf(person.id()).stream()
                .map(clusterId -> {
                    List<String> roles = directory.rolesOf(person.id(), clusterId).stream().map(CouncilRole::title).toList();
                    String cluster = directory.cluster(clusterId).name();
                    return roles.isEmpty() ? cluster : String.join(", ", roles) + " — " + cluster;
                })
                .toList();
    }

    record Outgoing(MailKey key, Mail mail) {}
}
