package org.sovet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.sovet.common.InputRejectedException;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A regional administrator creates a cluster and names its secretary without a restart; no one else may. */
class ClusterChangesTest extends SovetTest {

    @Autowired ClusterChanges clusters;
    @Autowired DirectoryChanges people;
    @Autowired Directory directory;
    @Autowired IdentityService identity;
    @Autowired RepositoryService repository;

    @Test
    void shouldGiveANewClusterItsTenantModelsAndSecretaryAtOnce() {
        clusters.createCluster("admin", new Cluster("luza", "Образовательный кластер Лузского района", "Лузского района",
                "г. Луза", "Лузский", null, null));
        String secretary = people.addPerson("admin", "luza", new PersonForm(null, "Смирнова", "Ольга", "Ивановна",
                "smirnova@luza.example.ru", "методист", null), CouncilRole.SECRETARY, LocalDate.of(2026, 9, 1), null);

        assertThat(identity.createTenantQuery().tenantId("luza").count()).isOne();
        assertThat(repository.createProcessDefinitionQuery().tenantIdIn("luza").count()).as("the council's models").isPositive();
        assertThat(identity.createUserQuery().userId(secretary).memberOfGroup("luza-secretary").count()).isOne();
        assertThat(directory.cluster("luza").timeZone()).isEqualTo("Europe/Kirov");
        assertThat(directory.settings("luza").quorumPercent()).isEqualTo(50);
        assertThat(directory.changes("luza")).extracting(DirectoryChange::summary)
                .containsExactly("Добавлен(а) Смирнова Ольга Ивановна — Координатор-ответственный секретарь (методист) с 01.09.2026",
                        "Создан кластер: Образовательный кластер Лузского района");
    }

    @Test
    void shouldLeaveClustersToTheRegionalAdministrator() {
        Cluster cluster = new Cluster("murashi", "Образовательный кластер Мурашинского района", "Мурашинского района",
                "г. Мураши", null, null, null);
        assertThatThrownBy(() -> clusters.createCluster("kolesnikova", cluster)).isInstanceOf(InputRejectedException.class)
                .hasMessage("Кластеры создаёт и изменяет только региональный администратор.");
        assertThatThrownBy(() -> clusters.createCluster("petrova", cluster)).as("a supervisor reads only")
                .isInstanceOf(InputRejectedException.class);
        assertThat(identity.createTenantQuery().tenantId("murashi").count()).isZero();
    }

    @Test
    void shouldNameEveryProblemOfANewCluster() {
        assertThatThrownBy(() -> clusters.createCluster("admin", new Cluster("Подосиновец", " ", null, "пгт", null, "Марс/Олимп", null)))
                .hasMessageContaining("Код кластера — латинские строчные буквы")
                .hasMessageContaining("Укажите название кластера.")
                .hasMessageContaining("Укажите район в родительном падеже")
                .hasMessageContaining("Неизвестный часовой пояс: Марс/Олимп.");
        assertThatThrownBy(() -> clusters.createCluster("admin", new Cluster("podosinovets", "Дубль", "района", "пгт", null, null, null)))
                .hasMessage("Кластер с кодом podosinovets уже есть.");
    }

    @Test
    void shouldRefuseAnImpossibleRegulation() {
        var settings = directory.settings("podosinovets");
        var impossible = new CouncilSettings("podosinovets", false, 0, 40, "NOBODY", 7, 1, 0, false, false, "TABLE", "SECRETARY");
        assertThatThrownBy(() -> clusters.saveSettings("admin", impossible))
                .hasMessageContaining("Кворум — от 1 до 100").hasMessageContaining("Квалифицированное большинство")
                .hasMessageContaining("кто подписывает").hasMessageContaining("История хранится")
                .hasMessageContaining("как протокол записывает решения");
        assertThat(directory.settings("podosinovets")).isEqualTo(settings);
    }
}
