package org.sovet.directory.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;

/** Staff lists as people write them: names, roles and dates in their words, the file's encoding and separator its own. */
class StaffListReaderTest {

    @Test
    void shouldReadAUtf8CsvWithBomAndCommasSplittingNamesRolesAndDates() {
        String text = "\uFEFFЭл. почта,Роль,ФИО,Должность,Организация,С,По\r\n"
                + "vodkina@example.org,\"Председатель совета, директор\",Петрова-Водкина  Мария Ильинична,директор,\"МКОУ \"\"СОШ\"\"\",01.09.2026,31.08.2027\r\n"
                + ",,,,,,\r\n"
                + "orlov@example.org,приглашённый,Орлов Пётр,гость,,1.9.2026,\r\n"
                + "ivanov@example.org,,Иванов Иван Иванович,,,31.08.2027,01.09.2026\r\n";

        StaffList list = StaffListReader.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(list.dated()).isTrue();
        assertThat(list.rows()).hasSize(3);
        StaffRow first = list.rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.lastName()).isEqualTo("Петрова-Водкина");
        assertThat(first.middleName()).isEqualTo("Ильинична");
        assertThat(first.organization()).isEqualTo("МКОУ \"СОШ\"");
        assertThat(first.roles()).containsExactly(CouncilRole.CHAIR, CouncilRole.DIRECTOR);
        assertThat(first.from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(first.to()).isEqualTo(LocalDate.of(2027, 8, 31));
        StaffRow second = list.rows().get(1);
        assertThat(second.line()).as("the blank row counts as a line of the sheet").isEqualTo(4);
        assertThat(second.middleName()).isNull();
        assertThat(second.roles()).containsExactly(CouncilRole.GUEST);
        assertThat(second.problems()).isEmpty();
        assertThat(list.rows().get(2).problems()).containsExactly(
                "Роль не указана (член, председатель, директор, секретарь (координатор), куратор, приглашённый (гость)).",
                "Дата «По» раньше даты «С».");
    }

    @Test
    void shouldRefuseAnOldExcelFileAndAWorkbookThatIsNoWorkbook() {
        assertThatThrownBy(() -> StaffListReader.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("Это файл старого формата Excel (.xls).");
        assertThatThrownBy(() -> StaffListReader.read(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}))
                .hasMessageStartingWith("Файл не удалось прочитать как книгу Excel.");
    }
}
