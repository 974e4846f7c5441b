package org.sovet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.DirectoryChanges;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The directory's audit trail: who changed what and when, for the cluster's keepers, supervisors and administrators. */
class DirectoryChangesPageTest extends SovetTest {

    private static final String CLUSTER = "podosinovets";
    private static final String PAGE = "/directory/podosinovets/changes";

    @Autowired DirectoryChanges changes;
    @Autowired Directory directory;
    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldShowTheSecretaryHerClustersChangesNewestFirstWithNamesLocalTimeAndFilters() {
        changes.endRole("kolesnikova", CLUSTER, "belyaev", CouncilRole.MEMBER, null);
        changes.deactivate("vorontsov", CLUSTER, "shilov");
        String when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(directory.changes(CLUSTER).get(0).changedAt().atZoneSameInstant(ZoneId.of("Europe/Kirov")));

        String page = as("kolesnikova").open(PAGE).getBody();
        assertThat(page).contains("Изменения справочника: ", when, "Колесникова Ирина Петровна", "Воронцов Андрей Николаевич",
                "Отключена учётная запись: Шилов", "Член Координационного Совета — по", "активна", "отключена",
                "Изменений: 2.").doesNotContain(">kolesnikova<");
        assertThat(page.indexOf("Отключена учётная запись")).as("newest first")
                .isLessThan(page.indexOf("Член Координационного Совета — по"));

        String belyaevs = as("kolesnikova").open(PAGE + "?person=belyaev").getBody();
        assertThat(belyaevs).contains("Член Координационного Совета — по", "Изменений: 1.").doesNotContain("Отключена учётная запись");
        String tomorrow = directory.today().plusDays(1).toString();
        assertThat(as("kolesnikova").open(PAGE + "?from=" + tomorrow).getBody()).contains("Изменений нет.");
    }

    @Test
    void shouldExportTheChangesAsCsvForExcelWithFormulasNeutralised() {
        changes.endRole("kolesnikova", CLUSTER, "belyaev", CouncilRole.MEMBER, null);
        jdbc.sql("insert into directory_change (changed_at, changed_by, cluster_id, subject_type, subject_id, action, summary,"
                        + " before_value, after_value) values (current_timestamp, 'kolesnikova', ?, 'PERSON', 'polyakova', 'CHANGED',"
                        + " 'Изменена карточка: Полякова', '-', '=HYPERLINK(\"https://evil.example.org\")')")
                .param(CLUSTER).update();

        var csv = as("vorontsov").get(PAGE + ".csv");

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("\uFEFFКогда;Кластер;Кто;Что изменено;Было;Стало\r\n")
                .contains(";\"Колесникова Ирина Петровна\";\"Изменена карточка: Полякова\";\"'-\";\"'=HYPERLINK(\"\"https://evil.example.org\"\")\"\r\n")
                .contains("\"Член Координационного Совета — по");
        assertThat(csv.getBody().split("\r\n")).hasSize(3);
    }

    @Test
    void shouldRefuseAPlainMemberAndAnotherClustersSecretaryAndShowSupervisorsEveryCluster() {
        changes.endRole("kolesnikova", CLUSTER, "belyaev", CouncilRole.MEMBER, null);
        changes.endRole("bykova", "oparino", "kuzmin", CouncilRole.MEMBER, null);

        assertThat(as("polyakova").open(PAGE).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("polyakova").get(PAGE + ".csv").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("bykova").open(PAGE).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("bykova").open("/directory/changes").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("bykova").open("/directory/oparino/changes").getBody()).contains("Кузьмин").doesNotContain("Беляев");

        var all = as("petrova").open("/directory/changes");
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).contains("все кластеры", "Беляев", "Кузьмин", "Колесникова Ирина Петровна", "Быкова Дарья Константиновна");
        assertThat(as("petrova").open(PAGE).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private SessionClient as(String user) {
        SessionClient client = new SessionClient(http);
        client.logIn(user, "demo", "/");
        return client;
    }
}
