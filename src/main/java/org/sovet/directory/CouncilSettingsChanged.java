package org.sovet.directory;

/** A council's regulation changed: its history retention applies to its models at once. */
public record CouncilSettingsChanged(String clusterId) {}
