package org.sovet.meeting;

/** An invited person who may speak but does not vote. */
public record Guest(String name, String position, String organization) {

    /** A row the form offered and nobody filled in: nothing was recorded, so it is not a guest without a name. */
    boolean blank() {
        return MeetingValidator.blank(name) && MeetingValidator.blank(position) && MeetingValidator.blank(organization);
    }
}
