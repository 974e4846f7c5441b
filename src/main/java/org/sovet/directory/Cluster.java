package org.sovet.directory;

/**
 * An educational cluster; its id is the Camunda tenant id.
 *
 * @param areaGenitive the area as the plan's title writes it: «Подосиновского района»
 * @param locality the place under the title: «пгт Подосиновец»
 * @param councilName the council's official name after «заседания»: «Координационного Совета Опаринского
 *     образовательного кластера»; null when the directory has none
 */
public record Cluster(String id, String name, String areaGenitive, String locality, String district, String timeZone,
                      String councilName) {

    /** The council's own name, or the usual one built from the area where the directory gives none. */
    public String councilTitle() {
        return councilName == null || councilName.isBlank()
                ? "Координационного Совета образовательного кластера " + areaGenitive : councilName;
    }
}
