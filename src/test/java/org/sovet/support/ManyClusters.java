package org.sovet.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sovet.directory.Cluster;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;

/** A country-sized directory, stubbed: what the access checks ask of it is counted, not queried. */
public final class ManyClusters {

    public static final int COUNT = 3000;

    private ManyClusters() {}

    /** Clusters c0 … c2999, the person {@code personId} a member of {@code own}, a supervisor or not. */
    public static Directory directory(String personId, boolean supervisor, List<String> own) {
        Directory directory = mock(Directory.class);
        List<Cluster> clusters = IntStream.range(0, COUNT)
                .mapToObj(i -> new Cluster("c" + i, "Кластер " + i, null, null, null, "Europe/Kirov", null)).toList();
        when(directory.clusters()).thenReturn(clusters);
        when(directory.clusterIdsOf(personId)).thenReturn(own);
        when(directory.person(personId)).thenReturn(Optional.of(
                new Person(personId, "Петрова", "Анна", "Сергеевна", personId + "@example.org", null, null, supervisor)));
        return directory;
    }
}
