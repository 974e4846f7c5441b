package org.sovet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovet.common.InputRejectedException;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A council's staff list imported from XLSX or CSV: previewed row by row, changed only on confirmation, idempotent. */
class StaffImportTest extends SovetTest {

    private static final String CLUSTER = "podosinovets";
    private static final String SECRETARY = "kolesnikova";
    private static final List<String> HEADER = List.of("Роль", "Ф.И.О.", "e-mail", "Должность", "ОРГАНИЗАЦИЯ", "С", "По");

    @Autowired StaffImport imports;
    @Autowired Directory directory;
    @Autowired DirectoryChanges changes;

    @Test
    void shouldPreviewAnXlsxRowByRowChangeNothingUntilConfirmedAndChangeNothingTheSecondTime() {
        byte[] file = StaffFiles.xlsx(HEADER, List.of(
                row("председатель, директор", "Воронцов Андрей Николаевич", "vorontsov@example.org",
                        "директор КОГОБУ СШ пгт Подосиновец", "КОГОБУ СШ пгт Подосиновец"),
                row("Координатор", "Колесникова Ирина Петровна", "kolesnikova@example.org",
                        "методист КОГОБУ СШ пгт Подосиновец", "когобу сш пгт подосиновец"),
                row("куратор", "Зуева Татьяна Михайловна", "zueva@example.org", "начальник РУО Подосиновского района",
                        "Управление образования администрации Подосиновского района"),
                row("член совета", "Беляев Сергей Иванович", "belyaev@example.org", "заместитель директора МКУ ИМЦ", "МКУ ИМЦ"),
                row("член", "Полякова Наталья Викторовна", "n.polyakova@example.org", "директор МКУ ДО ДДТ", "МКУ ДО ДДТ"),
                withTo(row("член", "Морозова Анна Сергеевна", "morozova@example.org", "учитель",
                        "Кировское областное государственное общеобразовательное бюджетное учреждение \"Средняя школа пгт Подосиновец\""),
                        directory.today().plusYears(1)),
                row("гость", "Петрова-Водкина Мария Ильинична", "vodkina@example.org", "библиотекарь", "Детская библиотека"),
                row("член", "Иванов Иван Иванович", "ivanov@example.org", "директор", "МКОУ СОШ пгт Демьяново"),
                row("член", "Сидоров", "sidorov@example.org", "учитель", "МКУ ИМЦ"),
                row("член", "Орлов Пётр Ильич", "не адрес", "учитель", "МКУ ИМЦ"),
                row("завхоз", "Титов Олег Павлович", "titov@example.org", "учитель", "МКУ ИМЦ"),
                row("член", "Беляев Сергей Иванович", "BELYAEV@example.org", "директор МКУ ИМЦ", "МКУ ИМЦ")));

        StaffImport.Preview preview = imports.preview(SECRETARY, CLUSTER, imports.upload(SECRETARY, CLUSTER, "состав.xlsx", file));

        StaffPlan plan = preview.plan();
        assertThat(List.of(plan.added(), plan.changed(), plan.unchanged(), plan.errors())).containsExactly(2L, 2L, 3L, 5L);
        assertThat(line(plan, 3).kind()).isEqualTo(StaffLine.Kind.UNCHANGED);
        assertThat(line(plan, 6).details()).containsExactly("Должность: директор МКУ ИМЦ → заместитель директора МКУ ИМЦ");
        assertThat(line(plan, 7).details()).as("matched by name and organization")
                .containsExactly("E-mail: polyakova@example.org → n.polyakova@example.org");
        assertThat(line(plan, 8).kind()).isEqualTo(StaffLine.Kind.ADDED);
        assertThat(line(plan, 8).details()).containsExactly("Член Координационного Совета по "
                + RoleGrant.DAY.format(directory.today().plusYears(1)));
        assertThat(line(plan, 9).details()).containsExactly("Приглашённый");
        assertThat(line(plan, 10).problems()).containsExactly(
                "Организации «МКОУ СОШ пгт Демьяново» нет в справочнике кластера: исправьте название или сначала добавьте её.");
        assertThat(line(plan, 11).problems()).containsExactly("ФИО «Сидоров»: нужны фамилия, имя и отчество (два или три слова).");
        assertThat(line(plan, 12).problems()).containsExactly("Адрес электронной почты записан неверно: не адрес.");
        assertThat(line(plan, 13).problems()).singleElement().asString().startsWith("Роль «завхоз» не распознана");
        assertThat(line(plan, 14).problems()).containsExactly("Этот человек уже указан в строке 6.");
        assertThat(plan.removals()).extracting(StaffRemoval::personId).containsExactlyInAnyOrder("shilov", "krylova");
        assertThat(plan.removals()).allSatisfy(r -> assertThat(r.deactivate()).isTrue());
        assertThat(directory.changes(CLUSTER)).as("nothing changes before «Применить»").isEmpty();
        assertThat(directory.person("belyaev").orElseThrow().position()).isEqualTo("директор МКУ ИМЦ");

        String summary = imports.apply(SECRETARY, CLUSTER, preview.importId(), false, plan.fingerprint());

        assertThat(summary).isEqualTo("Импорт списка: добавлено 2, изменено 2, снято 0");
        assertThat(directory.person("belyaev").orElseThrow().position()).isEqualTo("заместитель директора МКУ ИМЦ");
        assertThat(directory.person("polyakova").orElseThrow().email()).isEqualTo("n.polyakova@example.org");
        assertThat(directory.councilMemberIds(CLUSTER)).contains("morozova", "shilov").doesNotContain("petrovavodkina");
        assertThat(directory.rolesOf("petrovavodkina", CLUSTER)).containsExactly(CouncilRole.GUEST);
        assertThat(directory.organization(directory.person("morozova").orElseThrow().organizationId()).orElseThrow().id())
                .isEqualTo("pod-sh");
        List<DirectoryChange> audit = directory.changes(CLUSTER);
        assertThat(audit.get(0).summary()).isEqualTo(summary);
        assertThat(audit).hasSize(5);

        StaffImport.Preview again = imports.preview(SECRETARY, CLUSTER, imports.upload(SECRETARY, CLUSTER, "состав.xlsx", file));

        assertThat(again.plan().lines()).filteredOn(l -> l.kind() != StaffLine.Kind.ERROR)
                .hasSize(7).allSatisfy(l -> assertThat(l.kind()).isEqualTo(StaffLine.Kind.UNCHANGED));
        assertThat(again.sameFileAppliedAt()).isNotNull();
        assertThat(imports.apply(SECRETARY, CLUSTER, again.importId(), false, again.plan().fingerprint()))
                .isEqualTo("Импорт списка: добавлено 0, изменено 0, снято 0");
        assertThat(directory.changes(CLUSTER)).as("the same file again changes nothing").hasSize(5);
    }

    @Test
    void shouldReadACsvInWindows1251AndTakeTheAbsentOffTheCouncilOnlyWhenTicked() {
        byte[] file = StaffFiles.csv1251(List.of(
                List.of("ФИО", "Должность", "Организация", "Эл. почта", "Роль"),
                List.of("Воронцов Андрей Николаевич", "директор КОГОБУ СШ пгт Подосиновец", "КОГОБУ СШ пгт Подосиновец",
                        "vorontsov@example.org", "\"председатель; директор\""),
                List.of("Колесникова Ирина Петровна", "методист КОГОБУ СШ пгт Подосиновец", "КОГОБУ СШ пгт Подосиновец",
                        "kolesnikova@example.org", "секретарь"),
                List.of("Зуева Татьяна Михайловна", "начальник РУО Подосиновского района", "РУО Подосиновского района",
                        "zueva@example.org", "куратор"),
                List.of("Беляев Сергей Иванович", "директор МКУ ИМЦ", "МКУ ИМЦ", "belyaev@example.org", "член"),
                List.of("Полякова Наталья Викторовна", "директор МКУ ДО ДДТ", "«МКУ ДО ДДТ»", "polyakova@example.org", "член")));

        StaffImport.Preview preview = imports.preview(SECRETARY, CLUSTER, imports.upload(SECRETARY, CLUSTER, "состав.csv", file));

        assertThat(preview.plan().lines()).hasSize(5).allSatisfy(l -> assertThat(l.kind()).isEqualTo(StaffLine.Kind.UNCHANGED));
        assertThat(preview.plan().removals()).extracting(StaffRemoval::name)
                .containsExactlyInAnyOrder("Шилов Олег Петрович", "Крылова Елена Андреевна");

        String summary = imports.apply(SECRETARY, CLUSTER, preview.importId(), true, preview.plan().fingerprint());

        assertThat(summary).isEqualTo("Импорт списка: добавлено 0, изменено 0, снято 2");
        assertThat(directory.councilMemberIds(CLUSTER)).doesNotContain("shilov");
        assertThat(directory.isActive("shilov")).isFalse();
        assertThat(directory.isActive("krylova")).isFalse();
        assertThat(directory.rolesOf("krylova", CLUSTER)).isEmpty();
        assertThat(directory.changes(CLUSTER)).extracting(DirectoryChange::action)
                .containsExactlyInAnyOrder("CHANGED", "ROLE_ENDED", "DEACTIVATED", "ROLE_ENDED", "DEACTIVATED");
    }

    @Test
    void shouldRefuseAPreviewTheDirectoryHasMovedOnFromAndOneAppliedAlready() {
        byte[] file = StaffFiles.xlsx(HEADER, List.of(
                row("член", "Беляев Сергей Иванович", "belyaev@example.org", "директор МКУ ИМЦ", "МКУ ИМЦ")));
        StaffImport.Preview preview = imports.preview(SECRETARY, CLUSTER, imports.upload(SECRETARY, CLUSTER, "состав.xlsx", file));
        assertThat(preview.plan().unchanged()).isEqualTo(1);

        changes.updatePerson("vorontsov", CLUSTER, new PersonForm("belyaev", "Беляев", "Сергей", "Иванович", "belyaev@example.org",
                "методист МКУ ИМЦ", "pod-imc"));

        assertThatThrownBy(() -> imports.apply(SECRETARY, CLUSTER, preview.importId(), false, preview.plan().fingerprint()))
                .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("Справочник кластера изменился после предварительного просмотра.");
        assertThat(directory.person("belyaev").orElseThrow().position()).isEqualTo("методист МКУ ИМЦ");

        StaffPlan seenNow = imports.preview(SECRETARY, CLUSTER, preview.importId()).plan();
        assertThat(seenNow.lines()).singleElement().satisfies(l -> assertThat(l.details())
                .containsExactly("Должность: методист МКУ ИМЦ → директор МКУ ИМЦ"));
        imports.apply(SECRETARY, CLUSTER, preview.importId(), false, seenNow.fingerprint());
        assertThat(directory.person("belyaev").orElseThrow().position()).isEqualTo("директор МКУ ИМЦ");
        assertThatThrownBy(() -> imports.apply(SECRETARY, CLUSTER, preview.importId(), false, seenNow.fingerprint()))
                .hasMessageStartingWith("Этот список уже применён");
    }

    @Test
    void shouldRefuseAFileThatIsNoStaffListWithARussianReason() {
        assertRefused("%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII), "Файл не похож на таблицу");
        assertRefused(new byte[0], "Файл пустой");
        assertRefused("Фамилия;Имя\r\nИванов;Иван\r\n".getBytes(StandardCharsets.UTF_8), "не найдена строка заголовков");
        List<List<Object>> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(row("член", "Иванов Иван Иванович", "i" + i + "@example.org", "учитель", "МКУ ИМЦ"));
        }
        assertRefused(StaffFiles.xlsx(HEADER, many), "больше 500 строк");
        assertThat(directory.changes(CLUSTER)).isEmpty();
    }

    private void assertRefused(byte[] file, String reason) {
        assertThatThrownBy(() -> imports.upload(SECRETARY, CLUSTER, "файл", file))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining(reason);
    }

    private static StaffLine line(StaffPlan plan, int line) {
        return plan.lines().stream().filter(l -> l.line() == line).findFirst().orElseThrow();
    }

    private static List<Object> row(String role, String name, String email, String position, String organization) {
        return new ArrayList<>(Arrays.asList(role, name, email, position, organization, null, null));
    }

    private static List<Object> withTo(List<Object> row, Object to) {
        row.set(6, to);
        return row;
    }
}
