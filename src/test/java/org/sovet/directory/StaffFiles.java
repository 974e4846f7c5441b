package org.sovet.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Staff lists as councils make them: an XLSX saved by Excel (made here by POI) and a CSV in Windows-1251. */
final class StaffFiles {

    private StaffFiles() {}

    /**
     * A workbook whose first sheet has a title row, then the header, then the rows; a cell holding a {@link LocalDate}
     * becomes a real date cell, as Excel stores a typed date.
     */
    static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Состав Совета");
            sheet.createRow(0).createCell(0).setCellValue("Состав Координационного Совета на 2026/2027 учебный год");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            write(sheet.createRow(1), header.stream().map(Object.class::cast).toList(), dateStyle);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 2), rows.get(r), dateStyle);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV as Excel in Russia saves it: Windows-1251, «;» between cells, CRLF. */
    static byte[] csv1251(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(String.join(";", row)).append("\r\n"));
        return text.toString().getBytes(Charset.forName("windows-1251"));
    }

    private static void write(Row row, List<Object> cells, CellStyle dateStyle) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof LocalDate day) {
                row.createCell(c).setCellValue(day);
                row.getCell(c).setCellStyle(dateStyle);
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }
}
