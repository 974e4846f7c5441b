package org.sovet.directory.staff;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The columns of a staff list, found by their names in any order and case; the header row is the first row naming them. */
final class StaffColumns {

    enum Column { NAME, POSITION, ORGANIZATION, EMAIL, ROLE, FROM, TO }

    static final String REQUIRED = "ФИО, Должность, Организация, E-mail, Роль";

    /**
     * Names compared without case, spaces, dots and dashes, a Latin «e» read as the Cyrillic one it looks like:
     * «Ф.И.О.» is «фио», «Эл. почта» is «элпочта», «E-mail» is «еmail».
     */
    private static final Map<Column, Set<String>> NAMES = Map.of(
            Column.NAME, Set.of("фио", "фамилияимяотчество"),
            Column.POSITION, Set.of("должность"),
            Column.ORGANIZATION, Set.of("организация", "образовательнаяорганизация"),
            Column.EMAIL, Set.of("\u0435mail", "элпочта", "почта", "электроннаяпочта", "адресэлектроннойпочты"),
            Column.ROLE, Set.of("роль", "роли", "рольвсовете"),
            Column.FROM, Set.of("с", "датаначала"),
            Column.TO, Set.of("по", "датаокончания"));

    private final int headerRow;
    private final Map<Column, Integer> index;

    private StaffColumns(int headerRow, Map<Column, Integer> index) {
        this.headerRow = headerRow;
        this.index = index;
    }

    /** The columns of the first row among the first 20 that names every required one. */
    static Optional<StaffColumns> find(List<List<String>> rows) {
        for (int r = 0; r < Math.min(rows.size(), 20); r++) {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String name = normalized(cells.get(c));
                for (var entry : NAMES.entrySet()) {
                    if (entry.getValue().contains(name)) {
                        found.putIfAbsent(entry.getKey(), c);
                    }
                }
            }
            if (found.keySet().containsAll(List.of(Column.NAME, Column.POSITION, Column.ORGANIZATION, Column.EMAIL, Column.ROLE))) {
                return Optional.of(new StaffColumns(r, found));
            }
        }
        return Optional.empty();
    }

    int headerRow() {
        return headerRow;
    }

    boolean dated() {
        return index.containsKey(Column.FROM) || index.containsKey(Column.TO);
    }

    /** The row's cell of the column, trimmed; null when empty or absent. */
    String cell(List<String> row, Column column) {
        Integer at = index.get(column);
        if (at == null || at >= row.size() || row.get(at) == null) {
            return null;
        }
        String value = row.get(at).replace('\u00A0', ' ').strip();
        return value.isEmpty() ? null : value;
    }

    private static String normalized(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('e', 'е')
                .replaceAll("[\\s.\\-_:\\u00A0]", "");
    }
}
