package org.sovet.directory.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.staff.StaffColumns.Column;

/** One row of a staff list: the name split into surname, name and patronymic, the roles and dates read as people write them. */
final class StaffRowParser {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter SHORT_YEAR = DateTimeFormatter.ofPattern("d.M.yy");

    private StaffRowParser() {}

    static StaffRow row(int line, List<String> cells, StaffColumns columns) {
        List<String> problems = new ArrayList<>();
        String name = columns.cell(cells, Column.NAME);
        String[] words = name == null ? new String[0] : name.replaceAll("\\s*-\\s*", "-").split("\\s+");
        String lastName = null;
        String firstName = null;
        String middleName = null;
        if (name == null) {
            problems.add("ФИО не указаны.");
        } else if (words.length < 2 || words.length > 3) {
            problems.add("ФИО «" + name + "»: нужны фамилия, имя и отчество (два или три слова).");
            lastName = name;
        } else {
            lastName = words[0];
            firstName = words[1];
            middleName = words.length == 3 ? words[2] : null;
        }
        List<CouncilRole> roles = roles(columns.cell(cells, Column.ROLE), problems);
        LocalDate from = date(columns.cell(cells, Column.FROM), "С", problems);
        LocalDate to = date(columns.cell(cells, Column.TO), "По", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("Дата «По» раньше даты «С».");
        }
        return new StaffRow(line, lastName, firstName, middleName, columns.cell(cells, Column.POSITION),
                columns.cell(cells, Column.ORGANIZATION), columns.cell(cells, Column.EMAIL), roles, from, to, problems);
    }

    private static List<CouncilRole> roles(String cell, List<String> problems) {
        if (cell == null) {
            // no default: a silent «член» would give a guest a vote
            problems.add("Роль не указана (" + RoleWords.KNOWN + ").");
            return List.of();
        }
        List<CouncilRole> roles = new ArrayList<>();
        for (String word : cell.split("[,;/\\n]")) {
            if (word.isBlank()) {
                continue;
            }
            RoleWords.role(word).ifPresentOrElse(role -> {
                if (!roles.contains(role)) {
                    roles.add(role);
                }
            }, () -> problems.add("Роль «" + word.strip() + "» не распознана: " + RoleWords.KNOWN + "."));
        }
        return roles;
    }

    private static LocalDate date(String cell, String column, List<String> problems) {
        if (cell == null) {
            return null;
        }
        for (DateTimeFormatter format : List.of(WRITTEN, SHORT_YEAR, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(cell, format);
            } catch (DateTimeParseException next) {
                // the next format may read it
            }
        }
        problems.add("Дата «" + column + "» записана неверно: «" + cell + "» (нужно ДД.ММ.ГГГГ).");
        return null;
    }
}
