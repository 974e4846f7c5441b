package org.sovet.meeting;

/** A member's answer to the invitation, as the mail's links name it. */
public enum MeetingReply {
    COMING("Приду"),
    NOT_COMING("Не приду");

    private final String title;

    MeetingReply(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
