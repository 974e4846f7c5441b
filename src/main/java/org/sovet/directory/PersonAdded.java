package org.sovet.directory;

/** A person was added to the directory; published inside the transaction that adds them. */
public record PersonAdded(String personId) {}
