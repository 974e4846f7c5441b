package org.sovet.meeting;

/** How a council meets: in person (with a place), online (with a link) or in writing (by a deadline). */
public enum MeetingFormat {
    IN_PERSON("очное"),
    ONLINE("онлайн"),
    IN_WRITING("заочное");

    private final String title;

    MeetingFormat(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
