package org.sovet.meeting;

/** The council meeting model (processes/council-meeting.bpmn): key, element ids, variables. */
public final class MeetingProcess {

    public static final String KEY = "councilMeeting";

    private MeetingProcess() {}

    public static final class Elements {
        public static final String START = "start_meeting_requested";
        public static final String SCHEDULE = "service_schedule_meeting";
        public static final String ENTERED_AFTERWARDS = "gateway_entered_afterwards";
        public static final String ENTER_HELD = "user_enter_held_meeting";
        public static final String SAVE_HELD_AGENDA = "service_save_held_agenda";
        /** Proposals are collected only when the scheduling left a proposal window. */
        public static final String TIME_FOR_PROPOSALS = "gateway_time_for_proposals";
        public static final String PROPOSE = "user_propose_agenda_items";
        public static final String PROPOSAL_DEADLINE = "timer_proposal_deadline";
        /** The proposals' way on once every member has answered. */
        public static final String PROPOSALS_DONE = "flow_proposals_done";
        public static final String PREPARE_AGENDA = "service_prepare_agenda";
        public static final String COMPOSE_AGENDA = "user_compose_agenda";
        public static final String SAVE_AGENDA = "service_save_agenda";
        public static final String APPROVE_AGENDA = "user_approve_agenda";
        public static final String SEND_INVITATIONS = "service_send_invitations";
        public static final String MANAGE = "user_manage_meeting";
        public static final String REMINDER = "timer_meeting_reminder";
        /** After the reminder timer: a reminder goes out only while the meeting is still ahead. */
        public static final String REMINDER_DUE = "gateway_reminder_due";
        public static final String SEND_REMINDERS = "service_send_reminders";
        public static final String REMINDER_SKIPPED = "end_reminder_skipped";
        public static final String RESCHEDULE = "service_reschedule_meeting";
        public static final String SEND_UPDATES = "service_send_updates";
        public static final String CANCEL = "service_cancel_meeting";
        public static final String SWITCH_TO_WRITING = "service_switch_to_writing";
        public static final String SEND_CANCELLATIONS = "service_send_cancellations";
        public static final String FORMAT = "gateway_meeting_format";
        public static final String RECORD_ATTENDANCE = "user_record_attendance";
        public static final String STORE_ATTENDANCE = "service_record_attendance";
        public static final String MEMBERS_RECORDED = "gateway_members_recorded";
        public static final String QUORUM = "rule_quorum";
        public static final String RECORD_SESSION = "user_record_session";
        public static final String STORE_SESSION = "service_record_session";
        public static final String PROTOCOL = "call_protocol";
        /** On the protocol call: the secretary went back from the draft to correct the session record. */
        public static final String RECORD_TO_CORRECT = "error_record_to_correct";
        public static final String REOPEN_RECORD = "service_reopen_record";
        public static final String JOIN_ATTENDANCE = "gateway_join_attendance";
        public static final String PREPARE_WRITTEN = "user_prepare_written_decisions";
        public static final String OPEN_WRITTEN = "service_open_written_vote";
        public static final String CAST_BALLOT = "user_cast_ballot";
        public static final String VOTING_DEADLINE = "timer_voting_deadline";
        /** The ballots' way to the count once every member has voted. */
        public static final String BALLOTS_DONE = "flow_ballots_done";
        public static final String BALLOT_REMINDER = "timer_ballot_reminder";
        /** After the ballot reminder timer: voters are reminded only while voting is open. */
        public static final String BALLOT_REMINDER_DUE = "gateway_ballot_reminder_due";
        public static final String REMIND_VOTERS = "service_remind_voters";
        public static final String COUNT_BALLOTS = "service_count_ballots";
        public static final String END_ARCHIVED = "end_meeting_archived";
        public static final String END_CANCELLED = "end_meeting_cancelled";

        private Elements() {}
    }

    public static final class Vars {
        public static final String CLUSTER_ID = "clusterId";
        public static final String CLUSTER_NAME = "clusterName";
        public static final String SUBJECT = "subject";
        /** The meeting's card on every task form, written from the record ({@link MeetingCard}); never a form field. */
        public static final String CARD = "meetingCard";
        public static final String MEETING_ID = "meetingId";
        public static final String INITIATOR = "meetingInitiator";
        /** The member of each member's task; also the one person of a mail job of a process started before one job mailed everyone. */
        public static final String MEMBER = "memberId";
        /** The deadline as the secretary may set it in the form (a date), and as the timer reads it. */
        public static final String PROPOSAL_DEADLINE_FORM = "proposalDeadlineDate";
        public static final String PROPOSAL_DEADLINE = "proposalDeadline";
        /** The protocol number the secretary may set when the council's numbering began before Sovet. */
        public static final String PROTOCOL_NUMBER_FORM = "protocolNumber";
        /** The start form's choice «Заседание уже проведено»; the gateway reads the meeting record, not this. */
        public static final String ENTERED_AFTERWARDS = "enteredAfterwards";
        /** Shown to the secretary composing the agenda when the proposal window was shortened or skipped. */
        public static final String PROPOSAL_NOTE = "proposalNote";
        /** «Придут: 6, не придут: 1, не ответили: 3. Кворум ожидается.» for the manage form; shown, never read. */
        public static final String EXPECTED_ATTENDANCE = "expectedAttendance";
        public static final String MEETING_START = "meetingStart";
        public static final String DATE = "meetingDate";
        public static final String TIME = "meetingTime";
        public static final String DURATION = "durationMinutes";
        public static final String FORMAT = "meetingFormat";
        public static final String PLACE = "place";
        public static final String LINK = "link";
        public static final String VOTING_DEADLINE = "votingDeadline";
        public static final String THEME = "theme";
        public static final String ORGANIZERS = "organizers";
        public static final String PROPOSALS = "proposals";
        public static final String AGENDA = "agendaItems";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String REVIEW_REMARKS = "reviewRemarks";
        public static final String MANAGE_ACTION = "meetingAction";
        public static final String NEW_DATE = "newDate";
        public static final String NEW_TIME = "newTime";
        public static final String MEMBER_OPTIONS = "memberOptions";
        /** The people pickers' options: the cluster's people and organizations, display data from the directory. */
        public static final String PEOPLE_OPTIONS = "peopleOptions";
        /** The proposal form's «Предложений нет»: the member answered, with nothing to propose. */
        public static final String NO_PROPOSALS = "noProposals";
        /** For the agenda form: who answered «Предложений нет» and who did not answer, as text. */
        public static final String PROPOSAL_ANSWERS = "proposalAnswers";
        public static final String PRESENT = "presentMemberIds";
        public static final String GUESTS = "guests";
        /** Council members present as a number, when the council lists no names. */
        public static final String MEMBERS_COUNT = "membersPresentCount";
        /** The wider audience as written: «15 педагогов из 11 образовательных организаций». */
        public static final String ATTENDANCE_NOTE = "attendanceNote";
        /** Shown on the record forms while the secretary corrects a recorded session; the record's state decides, not this. */
        public static final String CORRECTING = "correctingRecord";
        /** How many of those present voted, when the audience voted. */
        public static final String AUDIENCE_VOTERS = "audienceVoters";
        public static final String VOTING_MEMBERS = "votingMembers";
        /** Council members present, null when only the audience was recorded (no quorum rule then). */
        public static final String PRESENT_VOTING = "presentVoting";
        /** For the session form: the limit of each decision's counts, null when nobody's number was recorded. */
        public static final String COULD_VOTE = "couldVote";
        public static final String QUORUM_PERCENT = "quorumPercent";
        public static final String QUORUM = "quorum";
        public static final String OPENING = "opening";
        public static final String CLOSING = "closing";
        public static final String SESSION_ITEMS = "sessionItems";
        /** «Одно голосование за все решения»: the counts below apply to every decision of the session. */
        public static final String VOTE_TOGETHER = "voteTogether";
        public static final String TOGETHER_UNANIMOUS = "togetherUnanimous";
        public static final String TOGETHER_FOR = "togetherFor";
        public static final String TOGETHER_AGAINST = "togetherAgainst";
        public static final String TOGETHER_ABSTAIN = "togetherAbstain";
        public static final String BALLOT_TEMPLATE = "ballotTemplate";
        public static final String BALLOT = "ballot";
        public static final String VOTING_DEADLINE_AT = "votingDeadlineAt";
        public static final String BALLOT_REMINDER_AT = "ballotReminderAt";

        private Vars() {}
    }

    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_RETURN = "return";
    public static final String ACTION_HOLD = "hold";
    public static final String ACTION_RESCHEDULE = "reschedule";
    public static final String ACTION_CANCEL = "cancel";
    public static final String ACTION_WRITTEN = "written";
}
