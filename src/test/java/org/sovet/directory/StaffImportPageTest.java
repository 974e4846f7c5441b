package org.sovet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** «Импорт списка Совета» in the browser: the secretary previews and applies; a member and another cluster's secretary cannot. */
class StaffImportPageTest extends SovetTest {

    private static final String PAGE = "/directory/podosinovets/import";
    private static final Pattern PLAN = Pattern.compile("name=\"plan\" value=\"([0-9a-f]+)\"");

    @Autowired TestRestTemplate http;
    @Autowired Directory directory;

    @Test
    void shouldShowTheSecretaryWhatWillChangeAndChangeItOnlyWhenSheApplies() {
        SessionClient secretary = loggedIn("kolesnikova");
        assertThat(secretary.open(PAGE).getBody()).contains("Импорт списка Совета", "ФИО (Ф.И.О.)", "Роль");

        ResponseEntity<String> uploaded = secretary.upload(PAGE, "состав.xlsx", newcomerList());
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        String preview = uploaded.getHeaders().getFirst(HttpHeaders.LOCATION).replaceFirst("^https?://[^/]+", "");
        String page = secretary.open(preview).getBody();

        assertThat(page).contains("добавлен", "Морозова Анна Сергеевна", "Член Координационного Совета", "Применить: изменений — 1",
                "Нет в списке: отключён / снят с роли", "Беляев Сергей Иванович");
        assertThat(directory.person("morozova")).as("nothing changes before «Применить»").isEmpty();

        ResponseEntity<String> applied = secretary.post(preview, Map.of("_csrf", SessionClient.token(page), "plan", plan(page)));

        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(directory.councilMemberIds("podosinovets")).contains("morozova", "belyaev");
        assertThat(secretary.open(preview).getBody()).contains("Список применён", "Импорт списка: добавлено 1, изменено 0, снято 0",
                "без изменений");
    }

    @Test
    void shouldRefuseAMemberAndAnotherClustersSecretary() {
        SessionClient secretary = loggedIn("kolesnikova");
        String preview = secretary.upload(PAGE, "состав.xlsx", newcomerList()).getHeaders().getFirst(HttpHeaders.LOCATION)
                .replaceFirst("^https?://[^/]+", "");
        String plan = plan(secretary.open(preview).getBody());

        SessionClient member = loggedIn("belyaev");
        String memberToken = SessionClient.token(member.open("/profile").getBody());
        assertThat(member.open(PAGE).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.upload(PAGE, "состав.xlsx", null, newcomerList(), memberToken).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(member.post(preview, Map.of("_csrf", memberToken, "plan", plan)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        SessionClient stranger = loggedIn("bykova");
        String strangerToken = SessionClient.token(stranger.open("/profile").getBody());
        assertThat(stranger.open(PAGE).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.open(preview).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.upload(PAGE, "состав.xlsx", null, newcomerList(), strangerToken).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stranger.post(preview, Map.of("_csrf", strangerToken, "plan", plan)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(directory.person("morozova")).isEmpty();
        assertThat(directory.changes("podosinovets")).isEmpty();
    }

    private SessionClient loggedIn(String user) {
        SessionClient browser = new SessionClient(http);
        browser.logIn(user, "demo", "/");
        return browser;
    }

    private static String plan(String page) {
        Matcher matcher = PLAN.matcher(page);
        assertThat(matcher.find()).as("the page carries the plan it shows").isTrue();
        return matcher.group(1);
    }

    private static byte[] newcomerList() {
        return StaffFiles.xlsx(List.of("ФИО", "Должность", "Организация", "E-mail", "Роль"), List.of(
                Arrays.asList("Беляев Сергей Иванович", "директор МКУ ИМЦ", "МКУ ИМЦ", "belyaev@example.org", "член"),
                Arrays.asList("Морозова Анна Сергеевна", "учитель", "МКУ ИМЦ", "morozova@example.org", "член")));
    }
}
