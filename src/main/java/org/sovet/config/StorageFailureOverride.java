package org.sovet.config;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Hikari keeps a connection after an H2 «database closed» error, so after a failed write every
 * pooled connection would fail until a restart. Evicting it lets the next connection reopen the
 * file. Named in spring.datasource.hikari.exception-override-class-name; Hikari creates it itself.
 */
public class StorageFailureOverride implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        if (!StorageFailure.isStorageFailure(e)) {
            return Override.CONTINUE_EVICT;
        }
        StorageFailure.seenOnThisThread();
        return Override.MUST_EVICT;
    }
}
