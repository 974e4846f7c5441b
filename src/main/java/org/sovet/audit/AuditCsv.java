package org.sovet.audit;

import java.nio.charset.StandardCharsets;

/** The trail as a spreadsheet opens it: UTF-8 with BOM, «;» between cells, CRLF between lines. */
final class AuditCsv {

    static final String HEADER = "Когда;Процесс;Шаг;Кто;Сколько ждали;Что решено";

    private AuditCsv() {}

    static byte[] of(Trail trail) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (TimelineEntry e : trail.entries()) {
            csv.append(String.join(";", cell(e.when()), cell(e.process()), cell(e.step()), cell(e.actor()), cell(e.waited()),
                    cell(e.outcome()))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
