package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The directory is the one source of council roles: Camunda Admin shows the councils' groups and tenants, but even the
 * administrator cannot change their members there (nor over /engine-rest); groups of Camunda's own stay Admin's.
 */
class CouncilMembershipGuardTest extends SovetTest {

    private static final String ADMIN_API = "/camunda/api/engine/engine/default";

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;

    @AfterEach
    void removeTheOwnGroup() {
        if (identity.createGroupQuery().groupId("auditors").count() > 0) {
            identity.deleteGroup("auditors");
        }
    }

    @Test
    void shouldRefuseAdminsEditsOfCouncilGroupsAndTenantsEvenToTheAdministrator() {
        SessionClient admin = new SessionClient(http);
        admin.logIn("admin", "admin", "/");
        // Admin's page hands out Camunda's CSRF token, which its scripts send back with every write
        assertThat(admin.get("/camunda/app/admin/default/").getStatusCode()).isEqualTo(HttpStatus.OK);

        var added = admin.sendJson(HttpMethod.PUT, ADMIN_API + "/group/podosinovets-chair/members/belyaev", null);
        var removed = admin.sendJson(HttpMethod.DELETE, ADMIN_API + "/group/podosinovets-member/members/belyaev", null);
        var encoded = admin.sendJson(HttpMethod.DELETE, ADMIN_API + "/group/podosinovets%2Dmember/members/shilov", null);

        for (ResponseEntity<String> refused : List.of(added, removed, encoded)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).contains(CouncilMembershipGuard.REFUSAL);
        }
        assertThat(rest(HttpMethod.PUT, "/group/supervisors/members/zueva").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest(HttpMethod.DELETE, "/group/oparino-secretary").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest(HttpMethod.PUT, "/tenant/podosinovets/user-members/bykova").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest(HttpMethod.DELETE, "/tenant/oparino/group-members/oparino-member").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(memberOf("belyaev")).contains("podosinovets-member").doesNotContain("podosinovets-chair");
        assertThat(memberOf("shilov")).contains("podosinovets-member");
        assertThat(memberOf("zueva")).doesNotContain("supervisors");
        assertThat(identity.createGroupQuery().groupId("oparino-secretary").count()).isOne();
        assertThat(identity.createTenantQuery().userMember("bykova").tenantId("podosinovets").count()).isZero();
        assertThat(identity.createTenantQuery().groupMember("oparino-member").tenantId("oparino").count()).isOne();
    }

    @Test
    void shouldLeaveGroupsOutsideTheCouncilsToAdmin() {
        assertThat(rest(HttpMethod.POST, "/group/create", "{\"id\":\"auditors\",\"name\":\"Аудиторы\",\"type\":\"WORKFLOW\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest(HttpMethod.PUT, "/group/auditors/members/belyaev").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(memberOf("belyaev")).contains("auditors", "podosinovets-member");
    }

    private List<String> memberOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }

    private ResponseEntity<String> rest(HttpMethod method, String path) {
        return rest(method, path, null);
    }

    private ResponseEntity<String> rest(HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("admin", "admin").exchange("/engine-rest" + path, method, new HttpEntity<>(json, headers), String.class);
    }
}
