package org.sovet.followup;

/** The assignment follow-up model (processes/assignment-follow-up.bpmn): key, ids, variables. */
public final class FollowUpProcess {

    public static final String KEY = "assignmentFollowUp";

    private FollowUpProcess() {}

    public static final class Elements {
        public static final String START = "start_assignment_recorded";
        public static final String CARRY_OUT = "user_carry_out_assignment";
        public static final String REMINDER = "timer_assignment_reminder";
        public static final String DUE = "timer_assignment_due";
        public static final String OVERDUE = "timer_assignment_overdue";
        public static final String SEND_REMINDER = "service_send_assignment_reminder";
        public static final String SEND_DUE = "service_send_due_notice";
        public static final String ESCALATE = "service_escalate_overdue";
        public static final String REVIEW = "user_review_report";
        public static final String DECIDE_EXTENSION = "user_decide_extension";
        public static final String REASSIGNED = "message_assignment_reassigned";
        public static final String CANCELLED = "start_assignment_cancelled";
        public static final String END = "end_assignment_done";

        private Elements() {}
    }

    public static final class Vars {
        public static final String ASSIGNMENT_ID = "assignmentId";
        public static final String OWNER = "ownerId";
        public static final String REMINDER_AT = "reminderAt";
        public static final String DUE_AT = "dueAt";
        public static final String OVERDUE_AT = "overdueAt";
        public static final String REPORT = "report";
        public static final String VERDICT = "verdict";
        public static final String REMARKS = "reviewRemarks";
        /** The one person of a mail job of a process started before one job mailed everyone (one job per person). */
        public static final String RECIPIENT = "recipientId";
        public static final String WORK_ACTION = "workAction";
        public static final String REQUESTED_DUE = "requestedDue";
        public static final String EXTENSION_REASON = "extensionReason";
        public static final String EXTENSION_DECISION = "extensionDecision";
        /** Who cancelled or re-assigned it: those changes come from the assignments page, not from a task. */
        public static final String CANCEL_REASON = "cancelReason";
        public static final String CANCELLED_BY = "cancelledBy";
        public static final String REASSIGNED_BY = "reassignedBy";

        private Vars() {}
    }

    public static final String MESSAGE_CANCELLED = "assignment_cancelled";
    public static final String MESSAGE_REASSIGNED = "assignment_reassigned";
    public static final String EXTEND = "extend";
    public static final String GRANT = "grant";
    public static final String ACCEPT = "accept";
    public static final String RETURN = "return";
}
