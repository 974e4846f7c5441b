package org.sovet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovet.config.ClusterAccess;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.support.ManyClusters;

/** Whose assignments a supervisor follows, asked about her own councils only. */
class AssignmentAccessTest {

    @Test
    void shouldLetASupervisorFollowEveryClusterButTheCouncilSheIsOnlyAMemberOf() {
        Directory directory = ManyClusters.directory("petrova", true, List.of("c1", "c2"));
        when(directory.rolesOf("petrova", "c1")).thenReturn(List.of(CouncilRole.MEMBER));
        when(directory.rolesOf("petrova", "c2")).thenReturn(List.of(CouncilRole.MEMBER, CouncilRole.CHAIR));
        List<Cluster> everyCluster = directory.clusters();
        ClusterAccess access = mock(ClusterAccess.class);
        when(access.readable("petrova")).thenReturn(everyCluster);

        List<Cluster> followed = new AssignmentAccess(directory, access).followedBy("petrova");

        assertThat(followed).hasSize(ManyClusters.COUNT - 1).extracting(Cluster::id).doesNotContain("c1").contains("c0", "c2");
        verify(directory, times(2)).rolesOf(eq("petrova"), anyString());
    }
}
