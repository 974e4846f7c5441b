package org.sovet.directory;

/** A cluster was created: its tenant needs the council's process models (published inside its transaction). */
public record ClusterCreated(String clusterId) {}
