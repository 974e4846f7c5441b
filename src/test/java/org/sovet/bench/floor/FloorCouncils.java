package org.sovet.bench.floor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;

/**
 * The floor's councils from the bench's directory file: at start a tenant, role groups and users (password demo)
 * per council and the models deployed per tenant, as Sovet does; during the run the fixed lists the models'
 * multi-instance steps go over (voters, signers) and who does a step.
 */
public class FloorCouncils {

    private static final List<String> MODELS = List.of("plan", "meeting", "protocol", "follow-up");
    private final ProcessEngine engine;
    private final Map<String, List<String>> voters = new HashMap<>();
    private final Map<String, String> chairs = new HashMap<>();
    private final Map<String, String> secretaries = new HashMap<>();

    FloorCouncils(ProcessEngine engine, Path directory) {
        this.engine = engine;
        try {
            for (JsonNode cluster : new ObjectMapper().readTree(directory.toFile()).get("clusters")) {
                String id = cluster.get("id").asText();
                List<String> people = new ArrayList<>();
                for (JsonNode person : cluster.get("people")) {
                    String login = person.get("id").asText();
                    people.add(login);
                    person.get("roles").forEach(role -> {
                        if ("CHAIR".equals(role.asText())) {
                            chairs.put(id, login);
                        } else if ("SECRETARY".equals(role.asText())) {
                            secretaries.put(id, login);
                        }
                    });
                }
                voters.put(id, people);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> voters(String tenant) {
        return voters.get(tenant);
    }

    public List<String> signers(String tenant) {
        return List.of(chairs.get(tenant), secretaries.get(tenant));
    }

    public String chair(String tenant) {
        return chairs.get(tenant);
    }

    public String secretary(String tenant) {
        return secretaries.get(tenant);
    }

    @PostConstruct
    void setUp() {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.PROCESS_INSTANCE).count() == 0) {
            grant(Resources.PROCESS_DEFINITION, Permissions.READ, Permissions.CREATE_INSTANCE);
            grant(Resources.PROCESS_INSTANCE, Permissions.CREATE);
        }
        for (Map.Entry<String, List<String>> council : voters.entrySet()) {
            String tenant = council.getKey();
            if (identity.createTenantQuery().tenantId(tenant).count() > 0) {
                continue;
            }
            identity.saveTenant(identity.newTenant(tenant));
            for (String role : List.of("chair", "director", "secretary", "member")) {
                identity.saveGroup(identity.newGroup(tenant + "-" + role));
                identity.createTenantGroupMembership(tenant, tenant + "-" + role);
            }
            for (String login : council.getValue()) {
                User user = identity.newUser(login);
                user.setPassword("demo");
                user.setEmail(login + "@example.org");
                identity.saveUser(user);
                identity.createMembership(login, tenant + "-member");
            }
            identity.createMembership(chairs.get(tenant), tenant + "-chair");
            identity.createMembership(chairs.get(tenant), tenant + "-director");
            identity.createMembership(secretaries.get(tenant), tenant + "-secretary");
            var deployment = engine.getRepositoryService().createDeployment().name("floor").tenantId(tenant);
            MODELS.forEach(model -> deployment.addClasspathResource("bench/floor/" + model + ".bpmn"));
            deployment.deploy();
        }
    }

    private void grant(Resources resource, Permissions... permissions) {
        Authorization global = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        global.setUserId(Authorization.ANY);
        global.setResource(resource);
        global.setResourceId(Authorization.ANY);
        for (Permissions permission : permissions) {
            global.addPermission(permission);
        }
        engine.getAuthorizationService().saveAuthorization(global);
    }
}
