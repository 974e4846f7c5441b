package org.sovet.audit;

import java.util.List;

/**
 * The record a trail is about, as its page's header shows it.
 *
 * @param path the page's address; the CSV is at the same address with «.csv»
 * @param processInstanceId the process instance that carries the record (it opens the record in its first step)
 */
public record AuditRecord(String path, String clusterId, String title, List<Fact> facts, String processInstanceId) {

    public record Fact(String label, String value) {}
}
