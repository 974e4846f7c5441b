package org.sovet.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SQL that bypasses the application, as a process gone astray or a console would send it. */
public final class DatabaseRefusals {

    private DatabaseRefusals() {}

    /** Each statement must be refused by the database itself, with the Russian reason. */
    public static void assertRefused(JdbcClient jdbc, String reason, String... statements) {
        for (String statement : statements) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining(reason);
        }
    }
}
