package org.sovet.notify;

/**
 * Where a mail about a record leads: the record's place in its council's archive page (the rows of
 * pages/portal-cluster.html carry these anchors). Paths only; the mail template prefixes the base URL.
 */
public final class RecordLinks {

    private RecordLinks() {}

    public static String plan(String clusterId, long planId) {
        return archive(clusterId) + "#plan-" + planId;
    }

    public static String meeting(String clusterId, long meetingId) {
        return archive(clusterId) + "#meeting-" + meetingId;
    }

    public static String protocol(String clusterId, long meetingId) {
        return archive(clusterId) + "#protocol-" + meetingId;
    }

    /** The signed protocol's check page: it shows the SHA-256 a mail no longer carries. */
    public static String verification(long meetingId) {
        return "/portal/protocols/" + meetingId + "/verify";
    }

    public static String assignment(String clusterId, long assignmentId) {
        return archive(clusterId) + "#assignment-" + assignmentId;
    }

    /** The assignments page showing just this one, for those who follow the council's assignments. */
    public static String assignmentOnBoard(String clusterId, long assignmentId) {
        return "/assignments?cluster=" + clusterId + "&id=" + assignmentId;
    }

    private static String archive(String clusterId) {
        return "/portal/" + clusterId;
    }
}
