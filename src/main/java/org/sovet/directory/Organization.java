package org.sovet.directory;

public record Organization(String id, String clusterId, String shortName, String fullName, boolean anchor) {}
