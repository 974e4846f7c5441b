package org.sovet.bench;

import java.net.http.HttpResponse;
import java.util.List;

/** The secretary reads her council's archive after the year: the cluster page, a search, each meeting's audit trail and protocol. */
final class PortalReads {

    static final int ROUNDS = 5;
    private final Rest rest;

    PortalReads(Rest rest) {
        this.rest = rest;
    }

    void read(BenchCouncil council, List<String> heldMeetings) {
        for (int round = 0; round < ROUNDS; round++) {
            page(council, "/portal/" + council.id(), "portalCluster");
            page(council, "/portal/" + council.id() + "?q=%D0%A0%D0%B5%D1%88%D0%B5%D0%BD%D0%B8%D0%B5&status=", "portalSearch");
            for (String meeting : heldMeetings) {
                long id = meetingId(meeting);
                page(council, "/audit/meetings/" + id, "auditPage");
                if (round == 0) {
                    page(council, "/protocols/" + id + "/document.pdf", "protocolDownload");
                }
            }
        }
    }

    private void page(BenchCouncil council, String path, String timer) {
        HttpResponse<String> answer = rest.send("GET", path, council.secretary(), null, timer);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " as " + council.secretary() + ": " + answer.statusCode());
        }
    }

    private long meetingId(String meeting) {
        return rest.call("GET", "/engine-rest/history/variable-instance?processInstanceId=" + meeting + "&variableName=meetingId",
                Tasklist.ADMIN, null, null).get(0).get("value").asLong();
    }
}
