package org.sovet.portal;

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

/** The failed-mail link of every page header asks about the person's own councils only. */
class FailedMailAccessTest {

    @Test
    void shouldAskASecretaryAboutHerOwnCouncilsOnlyNotEveryClusterOfTheCountry() {
        Directory directory = ManyClusters.directory("kolesnikova", false, List.of("c5", "c9"));
        when(directory.rolesOf("kolesnikova", "c5")).thenReturn(List.of(CouncilRole.MEMBER));
        when(directory.rolesOf("kolesnikova", "c9")).thenReturn(List.of(CouncilRole.MEMBER, CouncilRole.SECRETARY));
        List<Cluster> own = directory.clusters().stream().filter(c -> c.id().equals("c5") || c.id().equals("c9")).toList();
        ClusterAccess access = mock(ClusterAccess.class);
        when(access.own("kolesnikova")).thenReturn(own);

        List<String> clusters = new FailedMailAccess(directory, access).clusterIds("kolesnikova");

        assertThat(clusters).containsExactly("c9");
        verify(directory, times(2)).rolesOf(eq("kolesnikova"), anyString());
    }

    @Test
    void shouldGiveSupervisorsEveryClusterWithoutAskingTheirRoles() {
        Directory directory = ManyClusters.directory("petrova", true, List.of());
        ClusterAccess access = mock(ClusterAccess.class);
        when(access.readsEveryCluster("petrova")).thenReturn(true);

        assertThat(new FailedMailAccess(directory, access).clusterIds("petrova")).hasSize(ManyClusters.COUNT);
        verify(directory, times(0)).rolesOf(anyString(), anyString());
    }
}
