package org.sovet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The directory pages as people (and those trying their luck) reach them over HTTP: each sees and sends only what is
 * theirs, every form needs its token, and a refused form says why in Russian beside the field, keeps what was typed
 * and changes nothing.
 */
class DirectoryPagesTest extends SovetTest {

    private static final String CLUSTER = "podosinovets";
    private static final String PEOPLE = "/directory/" + CLUSTER;

    @Autowired TestRestTemplate http;
    @Autowired Directory directory;

    @Test
    void shouldLetTheSecretaryAddAPersonWithARoleAndListThemWithTheirDates() {
        SessionClient secretary = loggedIn("kolesnikova", PEOPLE);

        var added = post(secretary, PEOPLE + "/people", newcomer("01.09.2026", "31.08.2027"));

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        Person morozova = directory.people(CLUSTER).stream().filter(p -> p.lastName().equals("Морозова")).findFirst().orElseThrow();
        assertThat(directory.roleGrants(CLUSTER)).anySatisfy(g -> {
            assertThat(g.personId()).isEqualTo(morozova.id());
            assertThat(g.role()).isEqualTo(CouncilRole.MEMBER);
            assertThat(g.period()).isEqualTo("с 01.09.2026 по 31.08.2027");
        });
        String page = secretary.open(PEOPLE).getBody();
        assertThat(page).contains("Добавлен(а) Морозова Анна Сергеевна", "morozova@example.ru", "с 01.09.2026 по 31.08.2027",
                "активен(на)", "/directory/podosinovets/changes", "/directory/podosinovets/substitutes",
                "/directory/podosinovets/import", ">Справочник</a>");
    }

    @Test
    void shouldShowTheProblemsBesideTheirFieldsKeepWhatWasTypedAndChangeNothing() {
        SessionClient secretary = loggedIn("kolesnikova", PEOPLE);
        int people = directory.people(CLUSTER).size();
        Map<String, String> form = newcomer("31.02.2026", "");
        form.put("email", "morozova-at-example.ru");

        var refused = post(secretary, PEOPLE + "/people", form);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("Начало роли: «31.02.2026» — не дата. Пишите день.месяц.год, например 01.09.2026.")
                .contains("value=\"Морозова\"", "value=\"31.02.2026\"", "value=\"morozova-at-example.ru\"");

        form.put("from", "01.09.2026");
        var badEmail = post(secretary, PEOPLE + "/people", form);
        assertThat(badEmail.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(badEmail.getBody()).contains("Адрес электронной почты записан неверно: morozova-at-example.ru.", "value=\"01.09.2026\"");

        var noName = post(secretary, PEOPLE + "/people/belyaev", Map.of("lastName", "", "firstName", "Сергей",
                "email", "belyaev@example.ru", "_csrf", SessionClient.token(secretary.open(PEOPLE).getBody())));
        assertThat(noName.getBody()).contains("Фамилия: обязательное поле.");

        assertThat(directory.people(CLUSTER)).hasSize(people);
        assertThat(directory.person("belyaev").orElseThrow().lastName()).isEqualTo("Беляев");
        assertThat(directory.changes(CLUSTER)).isEmpty();
    }

    @Test
    void shouldRefuseAPlainMemberTheDirectoryAndItsForms() {
        SessionClient member = loggedIn("belyaev", "/profile");
        String token = SessionClient.token(member.open("/profile").getBody());

        assertThat(member.open("/directory").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var own = member.open(PEOPLE);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(own.getBody()).contains("Недостаточно прав", "Справочник ведут региональный администратор");
        assertThat(member.open("/profile").getBody()).doesNotContain("href=\"/directory\"");

        Map<String, String> form = newcomer("", "");
        form.put("_csrf", token);
        assertThat(member.post(PEOPLE + "/people", form).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.post(PEOPLE + "/people/shilov/deactivate", Map.of("confirmed", "on", "_csrf", token)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(directory.isActive("shilov")).isTrue();
        assertThat(directory.changes(CLUSTER)).isEmpty();
    }

    @Test
    void shouldKeepASecretaryOutOfAnotherClustersPeople() {
        SessionClient oparino = loggedIn("bykova", "/directory");
        String list = oparino.open("/directory").getBody();
        assertThat(list).contains("/directory/oparino").doesNotContain("/directory/podosinovets");
        String token = SessionClient.token(list);

        assertThat(oparino.open(PEOPLE).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(oparino.post(PEOPLE + "/people/belyaev/deactivate", Map.of("confirmed", "on", "_csrf", token)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(oparino.post(PEOPLE + "/people/belyaev/roles/end", Map.of("role", "MEMBER", "_csrf", token)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // her own cluster's page does not reach a person of another cluster either
        assertThat(oparino.post("/directory/oparino/people/belyaev/deactivate", Map.of("confirmed", "on", "_csrf", token))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(oparino.post("/directory/oparino/settings", Map.of("name", "Захват", "_csrf", token)).getStatusCode())
                .as("clusters are the administrator's").isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(directory.isActive("belyaev")).isTrue();
        assertThat(directory.rolesOf("belyaev", CLUSTER)).contains(CouncilRole.MEMBER);
        assertThat(directory.changes(CLUSTER)).isEmpty();
        assertThat(directory.changes("oparino")).isEmpty();
    }

    @Test
    void shouldShowSupervisorsEveryClusterWithoutAFormAndRefuseTheirPosts() {
        SessionClient supervisor = loggedIn("petrova", "/directory");
        String list = supervisor.open("/directory").getBody();
        assertThat(list).contains("/directory/podosinovets", "/directory/oparino", "/directory/vpolyany", ">Справочник</a>")
                .doesNotContain("Новый кластер");
        for (String page : new String[] {"/directory", PEOPLE, PEOPLE + "/settings", PEOPLE + "/people/belyaev"}) {
            String body = supervisor.open(page).getBody();
            assertThat(body).as(page + " shows only the logout form").containsOnlyOnce("method=\"post\"").contains("action=\"/logout\"");
        }
        String token = SessionClient.token(list);
        assertThat(supervisor.post(PEOPLE + "/people/belyaev/roles/end", Map.of("role", "MEMBER", "_csrf", token)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(directory.rolesOf("belyaev", CLUSTER)).contains(CouncilRole.MEMBER);
    }

    @Test
    void shouldRefuseAFormPostedWithoutItsToken() {
        SessionClient secretary = loggedIn("kolesnikova", PEOPLE);

        var forged = secretary.post(PEOPLE + "/people/belyaev/deactivate", Map.of("confirmed", "on"));

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody()).contains("Форма не принята");
        assertThat(directory.isActive("belyaev")).isTrue();
    }

    @Test
    void shouldEndARoleAtOnceAndDeactivateOnlyWhenConfirmed() {
        SessionClient secretary = loggedIn("kolesnikova", PEOPLE);

        assertThat(post(secretary, PEOPLE + "/people/polyakova/roles/end", Map.of("role", "MEMBER", "lastDay", ""))
                .getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(directory.rolesOf("polyakova", CLUSTER)).doesNotContain(CouncilRole.MEMBER);

        var unconfirmed = post(secretary, PEOPLE + "/people/shilov/deactivate", Map.of());
        assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unconfirmed.getBody()).contains("Отметьте, что понимаете последствия отключения.",
                "доступ прекращается сразу", "открытые задачи человека переходят контролёру", "подписи человека сохраняются");
        assertThat(directory.isActive("shilov")).isTrue();

        assertThat(post(secretary, PEOPLE + "/people/shilov/deactivate", Map.of("confirmed", "on")).getStatusCode())
                .isEqualTo(HttpStatus.FOUND);
        assertThat(directory.isActive("shilov")).isFalse();
        assertThat(secretary.open(PEOPLE + "/people/shilov").getBody()).contains("отключён(а) с ", "Включить учётную запись");

        assertThat(post(secretary, PEOPLE + "/people/shilov/reactivate", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(directory.isActive("shilov")).isTrue();
    }

    @Test
    void shouldLetTheAdministratorCreateAClusterAndNameItsSecretary() {
        SessionClient admin = new SessionClient(http);
        assertThat(admin.logIn("admin", "admin", "/directory").getStatusCode()).isEqualTo(HttpStatus.FOUND);
        Map<String, String> cluster = new HashMap<>(Map.of("id", "pagesnew", "name", "Тестовый кластер", "district", "Юрьянский район",
                "areaGenitive", "Юрьянского района", "locality", "пгт Юрья", "timeZone", "Europe/Kirov",
                "councilName", "Координационного Совета Юрьянского образовательного кластера"));
        cluster.putAll(Map.of("quorumPercent", "60", "qualifiedPercent", "120", "signers", "CHAIR", "writtenSigners", "SECRETARY",
                "numbering", "ACADEMIC", "proposalDays", "5", "reminderDays", "2", "historyRetentionDays", "1825",
                "decisionsLayout", "LIST"));

        var refused = post(admin, "/directory", cluster);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("Квалифицированное большинство — процент от 50 до 100.", "value=\"Тестовый кластер\"");
        assertThat(directory.clusters()).noneMatch(c -> c.id().equals("pagesnew"));

        cluster.put("qualifiedPercent", "75");
        var created = post(admin, "/directory", cluster);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/directory/pagesnew/settings");
        assertThat(directory.cluster("pagesnew").councilName()).isEqualTo("Координационного Совета Юрьянского образовательного кластера");
        var settings = directory.settings("pagesnew");
        assertThat(settings.qualifiedPercent()).isEqualTo(75);
        assertThat(settings.academicYearNumbering()).isTrue();
        assertThat(settings.decisionsLayout()).isEqualTo("LIST");

        var named = post(admin, "/directory/pagesnew/secretary", Map.of("personId", "", "from", "", "lastName", "Лаптева",
                "firstName", "Мария", "middleName", "Олеговна", "email", "lapteva@example.ru", "position", "методист"));
        assertThat(named.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(directory.peopleWithRole("pagesnew", CouncilRole.SECRETARY)).extracting(Person::lastName).containsExactly("Лаптева");
        assertThat(admin.open("/directory").getBody()).contains("Тестовый кластер", "Лаптева М.О.");
    }

    private SessionClient loggedIn(String user, String page) {
        SessionClient client = new SessionClient(http);
        assertThat(client.logIn(user, "demo", page).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return client;
    }

    /** Posts the form with the token of the page the person has open. */
    private static ResponseEntity<String> post(SessionClient client, String path, Map<String, String> form) {
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("_csrf", SessionClient.token(client.open("/directory").getBody()));
        return client.post(path, withToken);
    }

    private static Map<String, String> newcomer(String from, String to) {
        return new HashMap<>(Map.of("lastName", "Морозова", "firstName", "Анна", "middleName", "Сергеевна",
                "email", "morozova@example.ru", "position", "учитель", "organizationId", "", "role", "MEMBER", "from", from, "to", to));
    }
}
