package org.sovet.accounts;

/** Why a one-time link to set a password was made. */
enum TokenPurpose {
    /** A new person's first password. */
    INVITATION,
    /** «Забыли пароль?». */
    RESET
}
