package org.sovet.accounts;

import java.time.OffsetDateTime;

/** A row of password_token: one link to set a person's password, and its mail's place in the outbox. */
record PasswordToken(long id, String personId, TokenPurpose purpose, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                     OffsetDateTime sentAt, OffsetDateTime usedAt, OffsetDateTime voidedAt) {

    /** Whether following the link now may set the password. */
    boolean openAt(OffsetDateTime now) {
        return sentAt != null && usedAt == null && voidedAt == null && expiresAt.isAfter(now);
    }
}
