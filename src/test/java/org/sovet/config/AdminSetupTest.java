package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The administrator comes from the configuration (camunda.bpm.admin-user, in production from
 * SOVET_ADMIN_USER and SOVET_ADMIN_PASSWORD), so Camunda Admin's set-up is closed to the first visitor.
 */
class AdminSetupTest extends SovetTest {

    @Autowired TestRestTemplate http;

    @Test
    void shouldRefuseToCreateAnotherFirstAdministratorOnceOneExists() {
        SessionClient visitor = new SessionClient(http);
        // Admin's page hands out Camunda's CSRF token, so the refusal below is the set-up's own
        assertThat(visitor.get("/camunda/app/admin/default/").getStatusCode()).isEqualTo(HttpStatus.OK);

        var created = visitor.postJson("/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\",\"email\":\"m@example.org\"},"
                        + "\"credentials\":{\"password\":\"mallory-password\"}}");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(created.getBody()).contains("Setup action not available");
        assertThat(engine.getIdentityService().createUserQuery().userId("mallory").count()).isZero();
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(user -> user.getId()).containsExactly("admin");
    }
}
