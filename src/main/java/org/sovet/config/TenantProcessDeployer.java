package org.sovet.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything under processes/ once per cluster, with the cluster's tenant id, so a
 * cluster's definitions, instances and tasks are its own. Unchanged resources are not redeployed.
 */
@Component
public class TenantProcessDeployer {

    private static final Logger LOG = LoggerFactory.getLogger(TenantProcessDeployer.class);

    private final RepositoryService repository;
    private final SovetProperties properties;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    TenantProcessDeployer(RepositoryService repository, SovetProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    public void deployFor(String tenantId) {
        try {
            Resource[] resources = resolver.getResources(properties.processes().resourcePattern());
            DeploymentBuilder deployment = repository.createDeployment()
                    .name("sovet-processes")
                    .source("sovet")
                    .tenantId(tenantId)
                    .enableDuplicateFiltering(false);
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(resource.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
                }
            }
            var result = deployment.deployWithResult();
            LOG.info("Processes for tenant {}: {} resources, deployment {}", tenantId, resources.length, result.getId());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the process resources", e);
        }
    }
}
