package org.sovet.directory;

/** A new person entered the directory (published inside the transaction that adds them). */
public record PersonAdded(String personId, String clusterId, String actor) {}
