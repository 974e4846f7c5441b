package org.sovet.plan;

/** The annual work plan approval model (processes/work-plan-approval.bpmn): key, ids, variables. */
public final class WorkPlanProcess {

    public static final String KEY = "workPlanApproval";

    private WorkPlanProcess() {}

    /** Element ids of the model. */
    public static final class Elements {
        public static final String START = "start_plan_requested";
        public static final String OPEN_PLAN = "service_open_plan";
        public static final String JOIN_DRAFT = "gateway_join_draft";
        public static final String DRAFT_PLAN = "user_draft_plan";
        public static final String DRAFT_ACTION = "gateway_draft_action";
        public static final String SAVE_DRAFT = "service_save_draft";
        public static final String SUBMIT_PLAN = "service_submit_plan";
        public static final String REVIEW_PLAN = "user_review_plan";
        public static final String REVIEW_DECISION = "gateway_review_decision";
        public static final String RETURN_PLAN = "service_return_plan";
        public static final String APPROVE_PLAN = "service_approve_plan";
        public static final String SEND_PLAN = "service_send_approved_plan";
        /** Each planned meeting gets its process «Заседание по плану» (meeting.PlannedMeetingProcess). */
        public static final String PLAN_MEETINGS = "service_plan_meetings";
        public static final String END_APPROVED = "end_plan_approved";

        private Elements() {}
    }

    /** Process variable names: ids and form data; the domain tables keep the record. */
    public static final class Vars {
        public static final String CLUSTER_ID = "clusterId";
        public static final String CLUSTER_NAME = "clusterName";
        public static final String SUBJECT = "subject";
        public static final String PLAN_ID = "planId";
        public static final String PLAN_YEAR = "planYear";
        public static final String INITIATOR = "planInitiator";
        public static final String GOAL = "planGoal";
        public static final String TASKS = "planTasks";
        public static final String SECTIONS = "planSections";
        public static final String DRAFT_ACTION = "draftAction";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String REVIEW_REMARKS = "reviewRemarks";
        public static final String REVIEW_DUE = "reviewDue";
        public static final String REVIEWER = "planReviewer";
        public static final String ORDER_NUMBER = "orderNumber";
        public static final String ORDER_DATE = "orderDate";
        /** The one person of a mail job of a process started before one job mailed everyone (one job per person). */
        public static final String RECIPIENT = "recipientId";

        private Vars() {}
    }

    /** Values of {@link Vars#DRAFT_ACTION}. */
    public static final String ACTION_SAVE = "save";
    public static final String ACTION_SUBMIT = "submit";

    /** Values of {@link Vars#REVIEW_DECISION}. */
    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_RETURN = "return";
}
