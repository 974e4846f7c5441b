package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.sovet.common.DocumentPreparing;
import org.sovet.common.Hashes;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Cluster;
import org.sovet.meeting.Meeting;
import org.sovet.meeting.MeetingService;
import org.sovet.protocol.ProtocolService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Whether the stored protocol is byte for byte the signed one, for people rather than tools. */
@Controller
class ProtocolCheckPage {

    private static final String UNKNOWN = "Протокол не найден.";

    private final ClusterAccess access;
    private final PortalClusters clusters;
    private final MeetingService meetings;
    private final ProtocolService protocols;
    private final ArchiveProtocols archive;

    ProtocolCheckPage(ClusterAccess access, PortalClusters clusters, MeetingService meetings, ProtocolService protocols,
                      ArchiveProtocols archive) {
        this.access = access;
        this.clusters = clusters;
        this.meetings = meetings;
        this.protocols = protocols;
        this.archive = archive;
    }

    @GetMapping("/portal/protocols/{meetingId}/verify")
    String verify(@PathVariable long meetingId, HttpServletRequest request, Model model) {
        Meeting meeting = meeting(meetingId);
        // LoginRequired has sent anyone without a login to the login page already
        Cluster cluster = clusters.readable(access.user(request).orElseThrow(), meeting.clusterId())
                .orElseThrow(() -> new NotFound(UNKNOWN));
        var stored = protocols.stored(meetingId).orElseThrow(() -> new NotFound(UNKNOWN));
        if (stored.preparing()) {
            throw new DocumentPreparing(ProtocolService.PREPARING);
        }
        var summary = protocols.summary(meetingId).orElseThrow(() -> new NotFound(UNKNOWN));
        ZoneId zone = ZoneId.of(cluster.timeZone());
        model.addAttribute("cluster", cluster);
        model.addAttribute("number", meeting.protocolNumber());
        model.addAttribute("date", RussianDates.longDate(meeting.startsAt().atZone(zone).toLocalDate()));
        model.addAttribute("theme", meeting.theme());
        model.addAttribute("signed", summary.signed());
        model.addAttribute("matches", protocols.verify(meetingId));
        model.addAttribute("signedSha256", summary.sha256());
        model.addAttribute("storedSha256", Hashes.sha256(stored.pdf()));
        model.addAttribute("signatures", summary.signatures().stream().map(s -> archive.signature(s, zone)).toList());
        model.addAttribute("meetingId", meetingId);
        return "pages/portal-verify";
    }

    private Meeting meeting(long meetingId) {
        try {
            return meetings.meeting(meetingId);
        } catch (InputRejectedException e) {
            throw new NotFound(UNKNOWN);
        }
    }
}
