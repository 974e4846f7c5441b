package org.sovet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovet.support.EngineRest;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Camunda's own ways to set a password (Admin, REST) follow the same policy as Sovet's pages. */
class CamundaPasswordPolicyTest extends SovetTest {

    private static final String USER = "belyaev";

    @Autowired EngineRest rest;
    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;

    @AfterEach
    void restoreTheDemoPassword() {
        var user = identity.createUserQuery().userId(USER).singleResult();
        user.setPassword("demo");
        ((IdentityServiceImpl) identity).saveUser(user, true);
    }

    @Test
    void shouldRefuseAWeakPasswordSetOverRestAndAcceptAStrongOne() {
        var policy = rest.get(USER, "/identity/password-policy");
        assertThat(policy.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(policy.getBody()).contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_DIGIT");

        var weak = credentials(USER, "demo", "demo1234");
        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weak.getBody()).contains("Пароль не подходит: нужно не короче 10 символов", "Пароль не изменён.");
        assertThat(identity.checkPassword(USER, "demo")).as("unchanged").isTrue();

        var byAdministrator = http.withBasicAuth("admin", "admin").exchange("/engine-rest/user/" + USER + "/credentials", HttpMethod.PUT,
                json(Map.of("password", "short", "authenticatedUserPassword", "admin")), String.class);
        assertThat(byAdministrator.getStatusCode()).as("an administrator too").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(byAdministrator.getBody()).contains("Пароль не подходит");
        assertThat(identity.checkPassword(USER, "demo")).as("unchanged").isTrue();

        var strong = credentials(USER, "demo", "Демьяново-2026!");
        assertThat(strong.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identity.checkPassword(USER, "Демьяново-2026!")).isTrue();
    }

    private ResponseEntity<String> credentials(String user, String current, String password) {
        return http.withBasicAuth(user, current).exchange("/engine-rest/user/" + user + "/credentials", HttpMethod.PUT,
                json(Map.of("password", password, "authenticatedUserPassword", current)), String.class);
    }

    private static HttpEntity<Map<String, String>> json(Map<String, String> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
