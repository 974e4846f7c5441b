package org.sovet.directory.staff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sovet.common.InputRejectedException;

/** The cells of an XLSX file's first sheet as text, as Excel shows them; a date cell as «01.09.2026». */
final class XlsxCells {

    private XlsxCells() {}

    static List<List<String>> read(byte[] content, int mostRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > mostRows + 20) {
                throw StaffListReader.tooManyRows(mostRows);
            }
            DataFormatter formatter = new DataFormatter();
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c), formatter, evaluator));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputRejectedException rejected) {
                throw rejected;
            }
            throw new InputRejectedException("Файл не удалось прочитать как книгу Excel. Сохраните его в Excel как «Книга Excel (*.xlsx)»"
                    + " или как CSV и загрузите ещё раз.");
        }
    }

    private static String text(Cell cell, DataFormatter formatter, org.apache.poi.ss.usermodel.FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return StaffRowParser.DAY.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return formatter.formatCellValue(cell, evaluator);
    }
}
