package org.sovet.support;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * With {@code -Dsovet.test.database=postgresql} every test context's in-memory H2 becomes a database of
 * the same name on {@link EmbeddedPostgresServer}: the suite runs unchanged on PostgreSQL 16, and a test
 * class with an H2 of its own (the job executor on, twelve voters) still gets a database of its own.
 * Other URLs (an H2 file on a fillable disk) are left as they are. Registered in META-INF/spring.factories.
 */
public class PostgresInsteadOfH2 implements ContextCustomizerFactory {

    public static final String DATABASE_PROPERTY = "sovet.test.database";
    private static final String H2_IN_MEMORY = "jdbc:h2:mem:";

    public static boolean active() {
        return "postgresql".equals(System.getProperty(DATABASE_PROPERTY));
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return active() ? new Customizer() : null;
    }

    /** Stateless, so equal for every test class: the context cache keys stay as they are on H2. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestContextsClosedFirst.track(config);
            ConfigurableEnvironment environment = context.getEnvironment();
            String url = environment.getProperty("spring.datasource.url", "");
            if (!url.startsWith(H2_IN_MEMORY)) {
                return;
            }
            String database = url.substring(H2_IN_MEMORY.length()).split(";")[0].replace('-', '_');
            environment.getPropertySources().addFirst(new MapPropertySource("postgresInsteadOfH2", Map.of(
                    "spring.datasource.url", EmbeddedPostgresServer.jdbcUrl(database),
                    "spring.datasource.username", EmbeddedPostgresServer.USER,
                    "spring.datasource.password", "",
                    "spring.datasource.driver-class-name", "org.postgresql.Driver")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
