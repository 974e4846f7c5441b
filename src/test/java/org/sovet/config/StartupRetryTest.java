package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryImport;

/**
 * A node that loses a check-then-insert to another node (the engine's own unique keys refuse the
 * second row) imports once more and finds the row; any other failure still stops the start-up.
 * The race itself needs two nodes without the lock, so it is played here by the import failing.
 */
class StartupRetryTest {

    private static final String LOCATION = "classpath:demo/directory.json";

    private final DirectoryImport directoryImport = mock(DirectoryImport.class);
    private final Bootstrap bootstrap = bootstrap();

    @Test
    void shouldImportAgainWhenAnotherNodeCreatedTheSameGroupAtTheSameMoment() {
        doThrow(new ProcessEngineException("insert into ACT_ID_GROUP failed",
                new SQLException("Unique index or primary key violation", "23505")))
                .doNothing()
                .when(directoryImport).seedFrom(LOCATION);

        bootstrap.run(null);

        verify(directoryImport, times(2)).seedFrom(LOCATION);
    }

    @Test
    void shouldStopTheStartUpWhenTheImportFailsForAnotherReason() {
        doThrow(new ProcessEngineException("column too small", new SQLException("Value too long", "22001")))
                .when(directoryImport).seedFrom(LOCATION);

        assertThatThrownBy(() -> bootstrap.run(null)).hasMessageContaining("column too small");

        verify(directoryImport, times(1)).seedFrom(LOCATION);
    }

    private Bootstrap bootstrap() {
        SovetProperties properties = mock(SovetProperties.class);
        when(properties.directory()).thenReturn(new SovetProperties.Directory(LOCATION));
        StartupLock lock = mock(StartupLock.class);
        doAnswer(call -> {
            call.<Runnable>getArgument(1).run();
            return null;
        }).when(lock).runExclusively(any(), any());
        return new Bootstrap(properties, directoryImport, mock(Directory.class), mock(TenantProcessDeployer.class),
                mock(HistoryRetention.class), mock(TasklistFilters.class), mock(InstanceMigration.class), lock,
                mock(DeferredJobExecutor.class));
    }
}
