package org.sovet.support;

import java.util.HashSet;
import java.util.Set;
import org.sovet.config.TenantProcessDeployer;
import org.sovet.directory.DirectoryImport;
import org.springframework.stereotype.Component;

/**
 * The councils of the real documents, with their real people, installed next to the demo clusters
 * so a golden test replays a document as its own council entered it. Installing twice changes nothing.
 */
@Component
public class GoldenCouncils {

    private final DirectoryImport directoryImport;
    private final TenantProcessDeployer deployer;
    private final Set<String> installed = new HashSet<>();

    GoldenCouncils(DirectoryImport directoryImport, TenantProcessDeployer deployer) {
        this.directoryImport = directoryImport;
        this.deployer = deployer;
    }

    /** Imports {@code classpath:golden/<clusterId>.json} and deploys the processes for that cluster. */
    public synchronized void install(String clusterId) {
        if (installed.add(clusterId)) {
            directoryImport.importFrom("classpath:golden/" + clusterId + ".json");
            deployer.deployFor(clusterId);
        }
    }
}
