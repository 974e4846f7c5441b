package org.sovet.config;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The housekeeping H2 does itself only with a write delay: WRITE_DELAY=0 (each commit on disk before the
 * answer) also stops H2's background thread, which rewrites half-empty chunks and moves them to the front of the
 * file. Without it every commit's chunk went to the end of the file and the file grew without bound (3–20 times
 * its data). Here the same work runs a short while at a time, and only when the file needs it, as H2's thread
 * does: a round over a tidy file costs nothing. PostgreSQL and H2 in memory are left alone.
 */
@Component
class H2Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

    /** Chunks less full than this are rewritten, a file less full than this has its chunks moved (H2's own: 90). */
    private static final int FILL_RATE = 90;
    /** At most this much rewritten and moved a round: commits wait meanwhile. */
    private static final int REWRITE_BYTES = 4 * 1024 * 1024;

    private final DataSource dataSource;
    private final boolean file;

    H2Housekeeping(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        this.dataSource = dataSource;
        this.file = url.startsWith("jdbc:h2:file:");
    }

    @Scheduled(fixedDelayString = "${sovet.storage.h2-housekeeping-every}", initialDelayString = "${sovet.storage.h2-housekeeping-every}")
    void compact() {
        if (!file) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            // a session in this JVM: the store is ours to tidy (with AUTO_SERVER another process may own it)
            if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                return;
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            FileStore<?> file = store.getFileStore();
            long before = file.size();
            // freed space is written over at once, as H2's compactFile does
            store.setRetentionTime(0);
            if (file.getChunksFillRate() < FILL_RATE) {
                store.compact(FILL_RATE, REWRITE_BYTES);
            }
            if (file.getFillRate() < FILL_RATE && file instanceof RandomAccessStore chunks) {
                chunks.compactMoveChunks(FILL_RATE, REWRITE_BYTES, store);
            }
            LOG.debug("H2 file {} → {} bytes", before, file.size());
        } catch (SQLException e) {
            LOG.warn("H2 housekeeping skipped: {}", e.getMessage());
        }
    }
}
