package org.sovet.directory;

/**
 * An educational cluster; its id is the Camunda tenant id.
 *
 * @param areaGenitive the area as the plan's title writes it: «Подосиновского района»
 * @param locality the place under the title: «пгт Подосиновец»
 */
public record Cluster(String id, String name, String areaGenitive, String locality, String district, String timeZone) {}
