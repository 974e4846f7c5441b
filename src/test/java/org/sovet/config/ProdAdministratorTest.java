package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovet.SovetApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** Production never starts without its first administrator, so nobody can claim Camunda Admin's set-up page. */
class ProdAdministratorTest {

    @Test
    void shouldRefuseToStartTheProdProfileWithoutTheFirstAdministrator(@TempDir Path data) {
        var prod = new SpringApplicationBuilder(SovetApplication.class).profiles("prod").web(WebApplicationType.NONE);

        // command-line arguments win over whatever this machine's environment holds
        assertThatThrownBy(() -> prod.run("--camunda.bpm.admin-user.id=", "--camunda.bpm.admin-user.password=",
                "--SOVET_SMTP_HOST=smtp.example.org", "--sovet.data-dir=" + data))
                .isInstanceOf(IllegalStateException.class).hasMessage(ProdAdministrator.MISSING)
                .hasMessageContainingAll("SOVET_ADMIN_USER", "SOVET_ADMIN_PASSWORD");
    }

    @Test
    void shouldAcceptTheAdministratorFromTheEnvironment() {
        var incomplete = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin");
        var complete = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "admin")
                .withProperty("camunda.bpm.admin-user.password", "длинный-пароль-2024");

        assertThatThrownBy(() -> checkedIn(incomplete)).hasMessage(ProdAdministrator.MISSING);
        assertThatCode(() -> checkedIn(complete)).doesNotThrowAnyException();
    }

    private static void checkedIn(MockEnvironment environment) {
        var check = new ProdAdministrator();
        check.setEnvironment(environment);
        check.postProcessBeanFactory(null);
    }
}
