package org.sovet.config;

import java.sql.DatabaseMetaData;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions live in the database (spring-session-jdbc, tables by Flyway V49), so a person may land
 * on any node. Two requests of one session may write the same attribute at once (two pages issuing
 * the form token, on two nodes): the attribute is written as an upsert, the last write wins, instead
 * of the plain insert failing the second request on the primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /** Where Camunda's webapps keep the login in the session (AuthenticationUtil's key). */
    private static final String LOGIN_ATTRIBUTE = "authenticatedUser";

    private static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) "
            + "KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesWrittenAsUpserts(DataSource dataSource)
            throws MetaDataAccessException {
        String database = JdbcUtils.commonDatabaseName(
                JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        if ("PostgreSQL".equals(database)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
    }

    /**
     * A session is indexed by the login of whoever it belongs to, as Camunda's webapps keep it in the
     * session: so a deactivated person's sessions can be found and ended.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionsIndexedByLogin() {
        return repository -> repository.setIndexResolver(session -> {
            Object value = session.getAttribute(LOGIN_ATTRIBUTE);
            return value instanceof Authentications authentications
                    ? authentications.getAuthentications().stream().findFirst().map(UserAuthentication::getName)
                            .map(name -> Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, name)).orElse(Map.of())
                    : Map.of();
        });
    }
}
