package org.sovet.followup;

/** The assignment follow-up model (processes/assignment-follow-up.bpmn): key, ids, variables. */
public final class FollowUpProcess {

    public static final String KEY = "assignmentFollowUp";

    private FollowUpProcess() {}

    public static final class Elements {
        public static final String CARRY_OUT = "user_carry_out_assignment";
        public static final String REMINDER = "timer_assignment_reminder";
        public static final String DUE = "timer_assignment_due";
        public static final String OVERDUE = "timer_assignment_overdue";
        public static final String SEND_REMINDER = "service_send_assignment_reminder";
        public static final String SEND_DUE = "service_send_due_notice";
        public static final String ESCALATE = "service_escalate_overdue";
        public static final String REVIEW = "user_review_report";
        public static final String END = "end_assignment_done";

        private Elements() {}
    }

    public static final class Vars {
        public static final String ASSIGNMENT_ID = "assignmentId";
        public static final String OWNER = "ownerId";
        public static final String CONTROLLER = "controllerId";
        public static final String REMINDER_AT = "reminderAt";
        public static final String DUE_AT = "dueAt";
        public static final String OVERDUE_AT = "overdueAt";
        public static final String REPORT = "report";
        public static final String VERDICT = "verdict";
        public static final String REMARKS = "reviewRemarks";
        public static final String RECIPIENT = "recipientId";

        private Vars() {}
    }

    public static final String ACCEPT = "accept";
    public static final String RETURN = "return";
}
