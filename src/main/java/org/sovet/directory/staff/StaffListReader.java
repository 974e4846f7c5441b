package org.sovet.directory.staff;

import java.util.ArrayList;
import java.util.List;
import org.sovet.common.InputRejectedException;

/**
 * Reads a staff list from an XLSX file (its first sheet) or a CSV file. A problem of the whole file (not a table, empty,
 * no header, too large) refuses it in Russian; a problem of one row stays with that row.
 */
public final class StaffListReader {

    public static final int MOST_BYTES = 2 * 1024 * 1024;
    public static final int MOST_ROWS = 500;

    private StaffListReader() {}

    public static StaffList read(byte[] content) {
        if (content == null || content.length == 0) {
            throw empty();
        }
        if (content.length > MOST_BYTES) {
            throw new InputRejectedException("Файл больше 2 МБ: список Совета столько не занимает. Проверьте, что выбран нужный файл.");
        }
        List<List<String>> rows = cells(content);
        if (rows.stream().allMatch(StaffListReader::blank)) {
            throw empty();
        }
        StaffColumns columns = StaffColumns.find(rows).orElseThrow(() -> new InputRejectedException(
                "В файле не найдена строка заголовков. Первой строкой таблицы должны идти столбцы " + StaffColumns.REQUIRED
                        + " (в любом порядке; можно добавить «С» и «По» — даты роли)."));
        List<StaffRow> staff = new ArrayList<>();
        for (int r = columns.headerRow() + 1; r < rows.size(); r++) {
            if (!blank(rows.get(r))) {
                staff.add(StaffRowParser.row(r + 1, rows.get(r), columns));
            }
        }
        if (staff.size() > MOST_ROWS) {
            throw tooManyRows(MOST_ROWS);
        }
        if (staff.isEmpty()) {
            throw new InputRejectedException("В файле есть заголовки, но нет ни одного человека.");
        }
        return new StaffList(staff, columns.dated());
    }

    static InputRejectedException tooManyRows(int most) {
        return new InputRejectedException("В списке больше " + most + " строк: столько людей в Совете не бывает. Проверьте файл"
                + " или разделите его.");
    }

    private static List<List<String>> cells(byte[] content) {
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return XlsxCells.read(content, MOST_ROWS);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new InputRejectedException("Это файл старого формата Excel (.xls). Сохраните его в Excel как «Книга Excel (*.xlsx)»"
                    + " или как CSV и загрузите ещё раз.");
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46) || binary(content)) {
            throw new InputRejectedException("Файл не похож на таблицу. Загрузите список в формате XLSX или CSV.");
        }
        String text = CsvCells.text(content);
        List<List<String>> bySemicolon = CsvCells.read(text, ';');
        List<List<String>> byComma = CsvCells.read(text, ',');
        // the separator is the one under which the header is found; «;» when both (Russian Excel's own)
        return headerFound(bySemicolon) || !headerFound(byComma) ? bySemicolon : byComma;
    }

    private static boolean headerFound(List<List<String>> rows) {
        return StaffColumns.find(rows).isPresent();
    }

    private static boolean binary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            int b = content[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1A) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    private static InputRejectedException empty() {
        return new InputRejectedException("Файл пустой: в нём нет ни одной строки списка.");
    }
}
