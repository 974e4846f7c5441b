package org.sovet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A list of the most people a file may hold is previewed and applied whole, in one request; the log says how long each took. */
class StaffImportVolumeTest extends SovetTest {

    private static final Logger LOG = LoggerFactory.getLogger(StaffImportVolumeTest.class);

    @Autowired StaffImport imports;
    @Autowired Directory directory;

    @Test
    void shouldImportFiveHundredPeopleInOneConfirmation() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(Arrays.asList("Учитель" + letters(i) + " Анна Сергеевна", "учитель", "МКУ ИМЦ", "t" + i + "@example.org", "член"));
        }
        byte[] file = StaffFiles.xlsx(List.of("ФИО", "Должность", "Организация", "E-mail", "Роль"), rows);

        long start = System.nanoTime();
        StaffImport.Preview preview = imports.preview("kolesnikova", "podosinovets",
                imports.upload("kolesnikova", "podosinovets", "500.xlsx", file));
        long previewed = System.nanoTime();
        String summary = imports.apply("kolesnikova", "podosinovets", preview.importId(), false, preview.plan().fingerprint());
        long applied = System.nanoTime();
        LOG.info("500 rows: preview {} ms, apply {} ms", (previewed - start) / 1_000_000, (applied - previewed) / 1_000_000);

        assertThat(summary).isEqualTo("Импорт списка: добавлено 500, изменено 0, снято 0");
        assertThat(directory.councilMemberIds("podosinovets")).hasSize(506);
    }

    /** A surname of letters only, different for each number: «Учительбв». */
    private static String letters(int n) {
        String abc = "абвгдежзиклмнопрстуфхцчшщэюя";
        return "" + abc.charAt(n / abc.length() % abc.length()) + abc.charAt(n % abc.length());
    }
}
