package org.sovet.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private Map<String, byte[]> resources;

    TenantProcessDeployer(RepositoryService repository, SovetProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    public void deployFor(String tenantId) {
        Map<String, byte[]> resources = resources();
        DeploymentBuilder deployment = repository.createDeployment()
                .name("sovet-processes")
                .source("sovet")
                .tenantId(tenantId)
                .enableDuplicateFiltering(false);
        resources.forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));
        var result = deployment.deployWithResult();
        LOG.info("Processes for tenant {}: {} resources, deployment {}", tenantId, resources.size(), result.getId());
    }

    /** The models on the classpath, read once: a start deploys them for every cluster, the same bytes each time. */
    private synchronized Map<String, byte[]> resources() {
        if (resources == null) {
            Map<String, byte[]> read = new LinkedHashMap<>();
            try {
                for (Resource resource : resolver.getResources(properties.processes().resourcePattern())) {
                    try (InputStream in = resource.getInputStream()) {
                        read.put(resource.getFilename(), in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the process resources", e);
            }
            resources = Collections.unmodifiableMap(read);
        }
        return resources;
    }
}
