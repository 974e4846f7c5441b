package org.sovet.directory;

/**
 * From now on the person holds no council role in the cluster (deactivated, or their last role ended):
 * published inside the transaction of the change, so that each feature deals with the person's open
 * work there before it commits.
 */
public record PersonLeftCouncil(String clusterId, String personId, String actor) {}
