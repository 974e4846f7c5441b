package org.sovet.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.sovet.accounts.InvitationStatus.State;
import org.sovet.common.RussianDates;
import org.sovet.config.SovetProperties;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Component;

/** Tells where a person's invitation stands: «приглашение отправлено 30 ноября 2026, действует до 7 декабря 2026». */
@Component
class InvitationStatuses {

    private final PasswordTokens tokens;
    private final Directory directory;
    private final ZoneId zone;

    InvitationStatuses(PasswordTokens tokens, Directory directory, SovetProperties properties) {
        this.tokens = tokens;
        this.directory = directory;
        this.zone = properties.timeZone();
    }

    InvitationStatus of(String personId, boolean hasPassword) {
        if (!directory.isActive(personId)) {
            return new InvitationStatus(State.DEACTIVATED, "учётная запись отключена");
        }
        OffsetDateTime now = tokens.now();
        var open = tokens.latest(personId, TokenPurpose.INVITATION).filter(t -> t.usedAt() == null && t.voidedAt() == null);
        if (open.isPresent() && open.get().sentAt() == null) {
            return new InvitationStatus(State.WAITING, "приглашение ожидает отправки");
        }
        if (open.isPresent() && open.get().expiresAt().isAfter(now)) {
            return new InvitationStatus(State.SENT, "приглашение отправлено " + day(open.get().sentAt())
                    + ", действует до " + day(open.get().expiresAt()));
        }
        if (hasPassword) {
            return new InvitationStatus(State.PASSWORD_SET, "пароль установлен");
        }
        if (open.isPresent()) {
            return new InvitationStatus(State.EXPIRED, "ссылка истекла " + day(open.get().expiresAt()));
        }
        return new InvitationStatus(State.NONE, "приглашение не отправлялось");
    }

    private String day(OffsetDateTime time) {
        return RussianDates.longDate(time.atZoneSameInstant(zone).toLocalDate());
    }
}
