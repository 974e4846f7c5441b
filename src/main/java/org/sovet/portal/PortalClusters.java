package org.sovet.portal;

import java.util.List;
import java.util.Optional;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Cluster;
import org.sovet.directory.Directory;
import org.sovet.directory.Organization;
import org.sovet.followup.AssignmentBoard;
import org.sovet.followup.AssignmentRow;
import org.sovet.meeting.Meeting;
import org.sovet.meeting.MeetingService;
import org.sovet.meeting.MeetingStatus;
import org.sovet.plan.WorkPlan;
import org.sovet.plan.WorkPlanService;
import org.springframework.stereotype.Component;

/**
 * The clusters a person may read: those they belong to; every cluster for supervisors and
 * administrators. Another cluster is as good as unknown.
 */
@Component
class PortalClusters {

    private final Directory directory;
    private final ClusterAccess access;
    private final WorkPlanService plans;
    private final MeetingService meetings;
    private final AssignmentBoard assignments;

    PortalClusters(Directory directory, ClusterAccess access, WorkPlanService plans, MeetingService meetings,
                   AssignmentBoard assignments) {
        this.directory = directory;
        this.access = access;
        this.plans = plans;
        this.meetings = meetings;
        this.assignments = assignments;
    }

    List<Cluster> readable(String userId) {
        return access.readable(userId);
    }

    Optional<Cluster> readable(String userId, String clusterId) {
        return directory.clusters().stream().filter(c -> c.id().equals(clusterId) && access.mayRead(userId, c.id())).findFirst();
    }

    ClusterCard card(Cluster cluster) {
        List<Meeting> notCancelled = meetings.ofCluster(cluster.id()).stream().filter(m -> m.status() != MeetingStatus.CANCELLED).toList();
        List<AssignmentRow> open = assignments.rows(List.of(cluster.id()), null, null).stream()
                .filter(a -> !"DONE".equals(a.state()) && !"CANCELLED".equals(a.state())).toList();
        return new ClusterCard(cluster,
                directory.anchorSchool(cluster.id()).map(Organization::shortName).orElse(""),
                plans.ofCluster(cluster.id()).stream().filter(WorkPlan::approved).count(),
                notCancelled.size(),
                notCancelled.stream().filter(m -> m.status() == MeetingStatus.SIGNED).count(),
                open.size(),
                open.stream().filter(a -> "OVERDUE".equals(a.state())).count());
    }
}
