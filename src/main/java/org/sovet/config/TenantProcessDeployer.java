package org.sovet.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.Deployment;
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
    private static final String NAME = "sovet-processes";

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
        if (deployedAlready(tenantId, resources)) {
            return;
        }
        DeploymentBuilder deployment = repository.createDeployment()
                .name(NAME)
                .source("sovet")
                .tenantId(tenantId)
                .enableDuplicateFiltering(false);
        resources.forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));
        var result = deployment.deployWithResult();
        LOG.info("Processes for tenant {}: {} resources, deployment {}", tenantId, resources.size(), result.getId());
    }

    /**
     * Whether the tenant's latest deployment holds exactly these resources. Asked before the engine's own duplicate
     * filter, which takes the engine's deployment lock and parses every model of the deployment it finds: a start
     * did that for every cluster while nothing had changed.
     */
    private boolean deployedAlready(String tenantId, Map<String, byte[]> resources) {
        List<Deployment> latest = repository.createDeploymentQuery().tenantIdIn(tenantId).deploymentName(NAME)
                .orderByDeploymentTime().desc().listPage(0, 1);
        if (latest.isEmpty()) {
            return false;
        }
        List<org.camunda.bpm.engine.repository.Resource> stored = repository.getDeploymentResources(latest.get(0).getId());
        return stored.size() == resources.size() && stored.stream()
                .allMatch(r -> Arrays.equals(resources.get(r.getName()), ((ResourceEntity) r).getBytes()));
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
