package org.sovet.directory;

import java.util.List;

/**
 * What an import does with one row of the staff list: the page shows {@code kind}, the name and {@code details}
 * (before → after) or {@code problems}; the rest is what applying it calls on {@link DirectoryChanges}.
 *
 * @param personId the person the row names; null for a new one or a row naming nobody known
 * @param grants the roles to give or to give new dates; {@code ends} the held ones to end at once
 */
public record StaffLine(int line, Kind kind, String name, String personId, List<String> details, List<String> problems,
                        PersonForm card, boolean cardChanged, boolean reactivate, List<RoleGrant> grants, List<RoleGrant> ends) {

    public enum Kind {
        ADDED("добавлен"), CHANGED("изменён"), UNCHANGED("без изменений"), ERROR("ошибка");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static StaffLine error(int line, String name, String personId, List<String> problems) {
        return new StaffLine(line, Kind.ERROR, name, personId, List.of(), problems, null, false, false, List.of(), List.of());
    }
}
