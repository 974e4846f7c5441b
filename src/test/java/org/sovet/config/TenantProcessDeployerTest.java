package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A start deploys a cluster's models only when they differ from what the cluster has. */
class TenantProcessDeployerTest extends SovetTest {

    // Вятские Поляны: the cluster whose models the migration test versions too; the others stay at version 1
    private static final String CLUSTER = "vpolyany";

    @Autowired TenantProcessDeployer deployer;
    @Autowired RepositoryService repository;

    @Test
    void shouldDeployNothingForUnchangedModelsAndTheClasspathsModelsWhenTheClustersDiffer() throws IOException {
        long deployments = deployments();

        deployer.deployFor(CLUSTER);

        assertThat(deployments()).as("unchanged: no new deployment").isEqualTo(deployments);

        deployOtherModels();
        deployer.deployFor(CLUSTER);

        assertThat(deployments()).as("the other models, then the classpath's again").isEqualTo(deployments + 2);
        String latest = repository.createProcessDefinitionQuery().processDefinitionKey("councilMeeting").tenantIdIn(CLUSTER)
                .latestVersion().singleResult().getDeploymentId();
        try (InputStream deployed = repository.getResourceAsStream(latest, "council-meeting.bpmn")) {
            assertThat(new String(deployed.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("another version");
        }
    }

    private long deployments() {
        return repository.createDeploymentQuery().tenantIdIn(CLUSTER).count();
    }

    /** The same models with a comment added, as a model changed by hand would be. */
    private void deployOtherModels() throws IOException {
        var deployment = repository.createDeployment().name("sovet-processes").source("sovet").tenantId(CLUSTER);
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.{bpmn,dmn,form}")) {
            try (InputStream in = resource.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                deployment.addString(resource.getFilename(),
                        resource.getFilename().endsWith(".bpmn") ? text + "\n<!-- another version -->\n" : text);
            }
        }
        deployment.deploy();
    }
}
