package org.sovet.accounts;

/** Where a person's account stands, for the directory pages: the state, and the words they show. */
public record InvitationStatus(State state, String text) {

    public enum State {
        /** The person can log in (a password set, through a link or otherwise). */
        PASSWORD_SET,
        /** A link was mailed and still works. */
        SENT,
        /** A link waits to be mailed (the mail server did not take it yet). */
        WAITING,
        /** The last link expired unused. */
        EXPIRED,
        /** No link and no password: nobody was invited yet (e.g. no e-mail address). */
        NONE,
        /** Deactivated: every link is void. */
        DEACTIVATED
    }
}
