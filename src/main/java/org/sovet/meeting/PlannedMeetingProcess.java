package org.sovet.meeting;

import java.util.List;

/** The model «Заседание по плану» (processes/planned-meeting.bpmn): key, element ids, variables. */
public final class PlannedMeetingProcess {

    public static final String KEY = "plannedMeeting";

    private PlannedMeetingProcess() {}

    public static final class Elements {
        public static final String START = "start_meeting_planned";
        public static final String ASK_SECRETARY = "timer_ask_secretary";
        public static final String STILL_PLANNED = "gateway_still_planned";
        public static final String SCHEDULE = "user_schedule_planned_meeting";
        public static final String START_MEETING = "service_start_planned_meeting";
        public static final String END_SCHEDULED = "end_planned_meeting_scheduled";
        public static final String END_ALREADY = "end_already_scheduled";

        private Elements() {}
    }

    public static final class Vars {
        /** When the secretary is asked: weeks before the 1st of the meeting's month, computed at the start. */
        public static final String ASK_AT = "askAt";

        private Vars() {}
    }

    /** The schedule form's fields (meeting-schedule.form), which the meeting process's start takes as its start form did. */
    static final List<String> SCHEDULE_FIELDS = List.of(MeetingProcess.Vars.ENTERED_AFTERWARDS, MeetingProcess.Vars.DATE,
            MeetingProcess.Vars.TIME, MeetingProcess.Vars.DURATION, MeetingProcess.Vars.FORMAT, MeetingProcess.Vars.PLACE,
            MeetingProcess.Vars.LINK, MeetingProcess.Vars.VOTING_DEADLINE, MeetingProcess.Vars.THEME, MeetingProcess.Vars.ORGANIZERS,
            MeetingProcess.Vars.PROPOSAL_DEADLINE_FORM, MeetingProcess.Vars.PROTOCOL_NUMBER_FORM);
}
