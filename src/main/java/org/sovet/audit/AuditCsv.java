package org.sovet.audit;

import static org.sovet.document.SpreadsheetCsv.text;

import java.util.List;
import org.sovet.document.SpreadsheetCsv;

/** The trail as a spreadsheet: one row per entry, the page's columns. */
final class AuditCsv {

    static final List<String> HEADER = List.of("Когда", "Процесс", "Шаг", "Кто", "Сколько ждали", "Что решено");

    private AuditCsv() {}

    static SpreadsheetCsv of(Trail trail) {
        var csv = new SpreadsheetCsv(HEADER);
        trail.entries().forEach(e -> csv.row(text(e.when()), text(e.process()), text(e.step()), text(e.actor()), text(e.waited()),
                text(e.outcome())));
        return csv;
    }
}
