package org.sovet.notify;

/** The task notification model (processes/task-notification.bpmn): key, ids, variables. */
public final class TaskNotificationProcess {

    public static final String KEY = "taskNotification";

    private TaskNotificationProcess() {}

    public static final class Elements {
        public static final String START = "start_task_created";
        public static final String SEND = "service_send_task_mail";
        public static final String END = "end_task_mail_sent";

        private Elements() {}
    }

    public static final class Vars {
        /**
         * One task's words: a handover notice's, and a notification's started before its tasks were kept in the
         * table {@code task_notice}, one notification for every task a transaction opens.
         */
        public static final String TASK_ID = "taskId";
        public static final String TASK_NAME = "taskName";
        public static final String SUBJECT = "subject";
        public static final String CLUSTER_NAME = "clusterName";
        public static final String DUE = "due";
        public static final String NOTE = "note";
        public static final String RECIPIENTS = "recipients";
        /** The one person of a mail job of a process started before one job mailed everyone (one job per person). */
        public static final String RECIPIENT = "recipientId";
        /** A handover notice instead of a new task: the tasks handed over, one line each. */
        public static final String HANDED_OVER = "handedOver";
        /** Whose tasks they were: «Беляев Сергей Иванович». */
        public static final String HANDED_OVER_FROM = "handedOverFrom";

        private Vars() {}
    }
}
