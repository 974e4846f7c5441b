package org.sovet.config;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a connection pool the job threads could drain: a mail job holds two connections at
 * once (its transaction's and notify.SentMail's own), so job threads that hold half the pool each and wait for
 * the other half stop every job and every request until the pool's timeout. Sizes: application.yml.
 */
@Component
class PoolSizing implements InitializingBean {

    private final DataSource dataSource;
    private final CamundaBpmProperties camunda;

    PoolSizing(DataSource dataSource, CamundaBpmProperties camunda) {
        this.dataSource = dataSource;
        this.camunda = camunda;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (!camunda.getJobExecution().isEnabled() || !dataSource.isWrapperFor(HikariDataSource.class)) {
            return;
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        int jobThreads = camunda.getJobExecution().getMaxPoolSize();
        if (pool.getMaximumPoolSize() <= 2 * jobThreads) {
            throw new IllegalStateException("The connection pool (SOVET_DB_POOL_SIZE, " + pool.getMaximumPoolSize()
                    + ") must be larger than twice the job threads (SOVET_JOB_THREADS, " + jobThreads
                    + "): a mail job holds two connections at once, and requests need connections of their own");
        }
    }
}
