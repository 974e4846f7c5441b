package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * The prod profile as the container runs it (application.yml overridden by application-prod.yml):
 * a stop lets requests finish within docker-compose's stop period, logs are JSON, and behind the
 * TLS proxy the session cookie is Secure and the forwarded headers are honoured.
 */
class ProductionSettingsTest {

    private final StandardEnvironment prod = prodEnvironment();

    @Test
    void shouldShutDownGracefullyBeforeDockerComposeKillsTheContainer() throws IOException {
        assertThat(prod.getProperty("server.shutdown")).isEqualTo("graceful");

        Duration perPhase = DurationStyle.detectAndParse(prod.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
        List<Map<String, Object>> nodes = composeApps();
        assertThat(nodes).as("the application's nodes in docker-compose.yml").hasSize(2);
        for (Map<String, Object> node : nodes) {
            Duration stopPeriod = DurationStyle.detectAndParse(node.get("stop_grace_period").toString());
            assertThat(perPhase).isPositive().isLessThan(stopPeriod);
        }
    }

    @Test
    void shouldLogJsonLinesInProduction() {
        assertThat(prod.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void shouldKeepTheSessionCookieSecureAndHonourTheProxysForwardedHeaders() {
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(prod.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }

    private static StandardEnvironment prodEnvironment() {
        var environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        var loader = new YamlPropertySourceLoader();
        try {
            loader.load("prod", new ClassPathResource("application-prod.yml")).forEach(sources::addLast);
            loader.load("base", new ClassPathResource("application.yml")).forEach(sources::addLast);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return environment;
    }

    /** The services app-1, app-2, … (their shared settings merged in from the file's x-app). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> composeApps() throws IOException {
        try (Reader compose = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(compose).get("services");
            return services.entrySet().stream().filter(service -> service.getKey().startsWith("app-"))
                    .map(service -> (Map<String, Object>) service.getValue()).toList();
        }
    }
}
