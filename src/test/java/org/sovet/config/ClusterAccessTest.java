package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovet.directory.Cluster;
import org.sovet.directory.Directory;
import org.sovet.support.ManyClusters;

/** Which clusters a person reads is asked of the directory once, not once per cluster of the country. */
class ClusterAccessTest {

    private final SessionUser sessionUser = mock(SessionUser.class);

    @Test
    void shouldGiveAMemberHerOwnClustersAskingTheDirectoryOnce() {
        Directory directory = ManyClusters.directory("belyaev", false, List.of("c7", "c12"));

        List<Cluster> readable = new ClusterAccess(sessionUser, directory).readable("belyaev");

        assertThat(readable).extracting(Cluster::id).containsExactly("c7", "c12");
        verify(directory, atMost(1)).clusterIdsOf(anyString());
        verify(directory, atMost(1)).person(anyString());
    }

    @Test
    void shouldGiveASupervisorEveryClusterWithoutAskingPerCluster() {
        Directory directory = ManyClusters.directory("petrova", true, List.of());

        List<Cluster> readable = new ClusterAccess(sessionUser, directory).readable("petrova");

        assertThat(readable).hasSize(ManyClusters.COUNT);
        verify(directory, atMost(1)).person(anyString());
        verify(directory, atMost(1)).clusterIdsOf(anyString());
    }
}
