package org.sovet.config;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

/**
 * A database write that failed because the disk is full or the database file cannot be written.
 * The pool reports such failures of a request's thread here ({@link StorageFailureOverride}), so the
 * web layer can answer in Russian although Camunda's REST layer has already turned the error into a 500.
 */
public final class StorageFailure {

    public static final String MESSAGE = "Сохранить не удалось: на сервере закончилось место на диске или хранилище "
            + "недоступно. Изменения не записаны, повторите попытку позже.";

    /** H2: database closed (after a failed write), closed at shutdown, I/O errors. */
    private static final Set<Integer> H2_CODES = Set.of(90098, 90121, 90028, 90031);
    /** PostgreSQL: disk_full, io_error. */
    private static final Set<String> SQL_STATES = Set.of("53100", "58030");

    private static final ThreadLocal<Boolean> SEEN = new ThreadLocal<>();

    private StorageFailure() {}

    /** True if the error or any of its causes is a storage failure. */
    public static boolean isStorageFailure(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql && (H2_CODES.contains(sql.getErrorCode()) || SQL_STATES.contains(sql.getSQLState())
                    || hasIoCause(sql))) {
                return true;
            }
        }
        return false;
    }

    /** H2 reports a failed file write as a «general error» caused by an IOException. */
    private static boolean hasIoCause(SQLException sql) {
        for (Throwable e = sql.getCause(); e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    static void seenOnThisThread() {
        SEEN.set(Boolean.TRUE);
    }

    /** Whether a storage failure happened on this thread since the last {@link #takeSeen()}. */
    static boolean seen() {
        return SEEN.get() != null;
    }

    /** Whether a storage failure happened on this thread since the last call; clears it. */
    static boolean takeSeen() {
        boolean seen = SEEN.get() != null;
        SEEN.remove();
        return seen;
    }
}
