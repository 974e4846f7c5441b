package org.sovet.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Cluster;
import org.sovet.followup.AssignmentAccess;
import org.sovet.notify.FailedMails;
import org.sovet.plan.PlannedMeetings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The council archive: the clusters a person may read, and one cluster's archive with its search. Read only. */
@Controller
class PortalPage {

    private final ClusterAccess access;
    private final PortalClusters clusters;
    private final ClusterArchive archive;
    private final AssignmentAccess assignments;
    private final PlannedMeetings planned;
    private final FailedMailAccess failedMailReaders;
    private final FailedMails failedMails;

    PortalPage(ClusterAccess access, PortalClusters clusters, ClusterArchive archive, AssignmentAccess assignments,
               PlannedMeetings planned, FailedMailAccess failedMailReaders, FailedMails failedMails) {
        this.failedMailReaders = failedMailReaders;
        this.failedMails = failedMails;
        this.planned = planned;
        this.access = access;
        this.clusters = clusters;
        this.archive = archive;
        this.assignments = assignments;
    }

    @GetMapping({"/", "/portal"})
    String clusters(HttpServletRequest request, Model model) {
        String user = user(request);
        model.addAttribute("cards", clusters.readable(user).stream().map(clusters::card).toList());
        // where supervisors and secretaries start: mail that did not go out is for them to retry
        model.addAttribute("failedMail", failedMails.count(failedMailReaders.clusterIds(user)));
        return "pages/portal";
    }

    @GetMapping("/portal/{clusterId}")
    String cluster(@PathVariable String clusterId, @RequestParam(required = false) String year,
                   @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                   @RequestParam(defaultValue = "1") String page, HttpServletRequest request, Model model) {
        String user = user(request);
        Cluster cluster = clusters.readable(user, clusterId)
                .orElseThrow(() -> new NotFound("Такого кластера нет среди доступных вам."));
        ArchiveSearch search = ArchiveSearch.of(year, q, status);
        model.addAttribute("cluster", cluster);
        model.addAttribute("card", clusters.card(cluster));
        model.addAttribute("archive", archive.of(cluster, search, pageNumber(page)));
        // the plan's meetings not yet scheduled: what the council is to hold, beside what it held
        model.addAttribute("planned", planned.ofCluster(clusterId).stream().filter(p -> "PLANNED".equals(p.status()))
                .map(PlannedRow::of).toList());
        model.addAttribute("search", search);
        model.addAttribute("statusGroups", ArchiveSearch.statusGroups());
        model.addAttribute("followsAssignments", assignments.followedBy(user).stream().anyMatch(c -> c.id().equals(clusterId)));
        return "pages/portal-cluster";
    }

    /** A page number that is not one (a typed URL) shows the first page rather than an error. */
    private static int pageNumber(String page) {
        try {
            return Integer.parseInt(page.trim());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** LoginRequired has sent anyone without a login to the login page already. */
    private String user(HttpServletRequest request) {
        return access.user(request).orElseThrow();
    }
}
