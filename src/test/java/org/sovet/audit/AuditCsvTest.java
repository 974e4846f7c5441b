package org.sovet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit export keeps a decision that looks like a formula as the text it is. */
class AuditCsvTest {

    @Test
    void shouldExportADecisionTextStartingWithAnEqualsSignAsText() {
        var decided = new TimelineEntry("18 декабря 2023, 10:00", "Заседание Координационного Совета", "Провести заседание",
                "Колесникова Ирина Петровна", "", "=HYPERLINK(\"https://evil.example.org\";\"Протокол\")");
        var trail = new Trail(null, List.of(), List.of(), List.of(decided), null);

        String csv = new String(AuditCsv.of(trail).download("istoriya.csv").getBody(), StandardCharsets.UTF_8);

        assertThat(csv).endsWith(";\"'=HYPERLINK(\"\"https://evil.example.org\"\";\"\"Протокол\"\")\"\r\n");
    }
}
