package org.sovet.directory;

/** The person lost access to Sovet (published inside the transaction that deactivates them). */
public record PersonDeactivated(String personId, String actor) {}
