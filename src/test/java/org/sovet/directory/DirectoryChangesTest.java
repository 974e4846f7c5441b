package org.sovet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.sovet.common.InputRejectedException;
import org.sovet.support.EngineRest;
import org.sovet.support.SessionClient;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The directory changes live: memberships follow at once, a departure takes every access, and each change is audited. */
class DirectoryChangesTest extends SovetTest {

    private static final String CLUSTER = "podosinovets";
    private static final String SECRETARY = "kolesnikova";

    @Autowired DirectoryChanges changes;
    @Autowired RoleDates roleDates;
    @Autowired Directory directory;
    @Autowired IdentityService identity;
    @Autowired TestClock clock;
    @Autowired TestRestTemplate http;
    @Autowired EngineRest rest;

    private final PersonForm newcomer = new PersonForm(null, "Морозова", "Анна", "Сергеевна", "morozova@example.ru",
            "учитель", null);

    @Test
    void shouldGiveANewMemberTheCouncilsGroupAtOnceAndAuditIt() {
        String id = changes.addPerson(SECRETARY, CLUSTER, newcomer, CouncilRole.MEMBER, null, null);

        assertThat(id).isEqualTo("morozova");
        assertThat(directory.councilMemberIds(CLUSTER)).contains(id);
        assertThat(isMember(id, "podosinovets-member")).isTrue();
        assertThat(directory.changes(CLUSTER)).first().satisfies(change -> {
            assertThat(change.changedBy()).isEqualTo(SECRETARY);
            assertThat(change.summary()).isEqualTo("Добавлен(а) Морозова Анна Сергеевна — Член Координационного Совета");
        });
    }

    @Test
    void shouldCarryAChangedNameAndAddressToTheAccount() {
        String id = changes.addPerson(SECRETARY, CLUSTER, newcomer, CouncilRole.MEMBER, null, null);

        changes.updatePerson(SECRETARY, CLUSTER, new PersonForm(id, "Лебедева", "Анна", "Сергеевна", "lebedeva@example.ru",
                "учитель", null));

        User account = identity.createUserQuery().userId(id).singleResult();
        assertThat(List.of(account.getLastName(), account.getFirstName(), account.getEmail()))
                .containsExactly("Лебедева", "Анна Сергеевна", "lebedeva@example.ru");
    }

    @Test
    void shouldTakeTheGroupAwayWhenTheRoleEndsAndGiveAFutureRoleOnItsFirstDay() {
        changes.endRole(SECRETARY, CLUSTER, "belyaev", CouncilRole.MEMBER, null);
        assertThat(directory.councilMemberIds(CLUSTER)).doesNotContain("belyaev");
        assertThat(isMember("belyaev", "podosinovets-member")).isFalse();

        LocalDate tomorrow = directory.today().plusDays(1);
        changes.grantRole(SECRETARY, CLUSTER, "belyaev", CouncilRole.MEMBER, tomorrow, null);
        assertThat(isMember("belyaev", "podosinovets-member")).as("not before the role begins").isFalse();

        clock.advance(Duration.ofDays(1));
        roleDates.apply();
        assertThat(isMember("belyaev", "podosinovets-member")).isTrue();
        assertThat(directory.changes(CLUSTER)).extracting(DirectoryChange::action).containsExactly("ROLE_CHANGED", "ROLE_ENDED");
    }

    @Test
    void shouldEndTheSessionsAndTheLoginsOfADeactivatedPerson() {
        SessionClient belyaev = new SessionClient(http);
        belyaev.logIn("belyaev", "demo", "/profile");
        assertThat(belyaev.open("/profile").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.get("belyaev", "/task").getStatusCode()).isEqualTo(HttpStatus.OK);

        changes.deactivate(SECRETARY, CLUSTER, "belyaev");

        assertThat(belyaev.open("/profile").getStatusCode()).as("the open session ended").isEqualTo(HttpStatus.FOUND);
        assertThat(rest.get("belyaev", "/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(new SessionClient(http).logIn("belyaev", "demo", "/profile").getBody())
                .contains("Неверное имя пользователя или пароль.");
        assertThat(identity.createGroupQuery().groupMember("belyaev").count()).isZero();
        assertThat(directory.councilMemberIds(CLUSTER)).doesNotContain("belyaev");
        assertThat(directory.person("belyaev")).as("the history keeps the name").isPresent();
    }

    @Test
    void shouldRefuseAPlainMemberAndAnotherClustersSecretary() {
        assertThatThrownBy(() -> changes.addPerson("belyaev", CLUSTER, newcomer, CouncilRole.MEMBER, null, null))
                .isInstanceOf(InputRejectedException.class).hasMessage("Состав Совета этого кластера ведут его секретарь и председатель.");
        assertThatThrownBy(() -> changes.deactivate("bykova", CLUSTER, "belyaev"))
                .isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> changes.endRole(SECRETARY, CLUSTER, "gerasimov", CouncilRole.MEMBER, null))
                .as("a person of another cluster").hasMessage("Такого человека нет в справочнике этого кластера.");
        assertThat(directory.changes(CLUSTER)).isEmpty();
    }

    @Test
    void shouldNameEveryProblemOfAPersonsCardAndChangeNothing() {
        var bad = new PersonForm(null, "", "Анна1", null, "не адрес", null, "no-such-org");
        assertThatThrownBy(() -> changes.addPerson(SECRETARY, CLUSTER, bad, CouncilRole.MEMBER, null, null))
                .hasMessageContaining("Фамилия: обязательное поле.")
                .hasMessageContaining("Имя пишется буквами")
                .hasMessageContaining("Адрес электронной почты записан неверно")
                .hasMessageContaining("Такой организации нет в этом кластере.");
        assertThat(directory.changes(CLUSTER)).isEmpty();
    }

    private boolean isMember(String userId, String groupId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }
}
