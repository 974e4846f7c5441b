package org.sovet.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ResponseEntity;

/**
 * A table as Russian Excel opens it with a double click: UTF-8 with a BOM (or Cyrillic is garbled),
 * «;» between cells (the Russian list separator), CRLF between lines. Free text goes in as
 * {@link #text}, quoted; numbers, dates and fixed words may go in as they are.
 */
public final class SpreadsheetCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder lines = new StringBuilder("\uFEFF");

    public SpreadsheetCsv(List<String> header) {
        row(header.toArray(String[]::new));
    }

    /**
     * A cell of free text: quoted, inner quotes doubled, so «;» and line breaks stay inside it. Text that
     * Excel would take for a formula («=HYPERLINK(…)» in a decision) gets a leading «'» and stays text.
     */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String cell = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    public SpreadsheetCsv row(String... cells) {
        lines.append(String.join(";", cells)).append("\r\n");
        return this;
    }

    public ResponseEntity<byte[]> download(String fileName) {
        return Downloads.attachment(fileName, "text/csv;charset=UTF-8", lines.toString().getBytes(StandardCharsets.UTF_8));
    }
}
