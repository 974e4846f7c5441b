package org.sovet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The directory walked as its people use it: the regional administrator creates a cluster and names its secretary
 * (and finds Camunda Admin pointing back to the directory); the new secretary logs in, adds people with their roles,
 * ends one's role and deactivates another. Every page leaves a screenshot.
 */
class DirectoryInBrowserTest extends SovetTest {

    private static final String CLUSTER = "walkcluster";

    @LocalServerPort int port;
    @Autowired Directory directory;

    @Test
    void shouldLetTheAdministratorSetUpAClusterAndItsSecretaryKeepItsPeople() {
        try (Browser admin = new Browser(port, "directory-admin")) {
            admin.logInToPortal("admin", "admin");
            admin.click(By.linkText("Справочник"));
            admin.waitForText("Новый кластер");
            admin.screenshot("clusters");
            type(admin, "#new-cluster", "id", CLUSTER);
            type(admin, "#new-cluster", "name", "Юрьянский образовательный кластер");
            type(admin, "#new-cluster", "district", "Юрьянский район");
            type(admin, "#new-cluster", "areaGenitive", "Юрьянского района");
            type(admin, "#new-cluster", "locality", "пгт Юрья");
            type(admin, "#new-cluster", "councilName", "Координационного Совета Юрьянского образовательного кластера");
            admin.clickButton("Создать кластер");
            admin.waitForText("Кластер «Юрьянский образовательный кластер» создан. Назовите его секретаря.");
            admin.screenshot("cluster-created");

            type(admin, "#secretary", "lastName", "Сидорова");
            type(admin, "#secretary", "firstName", "Ольга");
            type(admin, "#secretary", "middleName", "Ивановна");
            type(admin, "#secretary", "email", "sidorova@example.ru");
            type(admin, "#secretary", "position", "методист");
            admin.clickButton("Назначить секретарём");
            admin.waitForText("Секретарь Совета назначен.");
            admin.screenshot("secretary-named");

            admin.open("/camunda/app/admin/default/#/groups");
            admin.waitForText("Роли Совета, люди и кластеры ведутся в Sovet: Справочник. Изменения здесь будут перезаписаны.");
            assertThat(admin.attribute(By.cssSelector("#sovet-directory-notice a"), "href")).isEqualTo("/directory");
            admin.screenshot("camunda-admin-notice");
        }
        Person secretary = directory.peopleWithRole(CLUSTER, CouncilRole.SECRETARY).get(0);
        assertThat(secretary.fullName()).isEqualTo("Сидорова Ольга Ивановна");
        String today = DayField.format(directory.today());

        try (Browser browser = new Browser(port, "directory-secretary")) {
            browser.logInToPortal(secretary.id());
            browser.click(By.linkText("Справочник"));
            browser.waitForText("Юрьянский образовательный кластер");
            assertThat(browser.text()).doesNotContain("Подосиновский", "Новый кластер");
            browser.screenshot("her-cluster-only");
            browser.click(By.linkText("Состав"));
            browser.waitForText("Добавить человека");

            addPerson(browser, "Морозова", "Анна", "morozova.walk@example.ru", today);
            browser.waitForText("Добавлен(а) Морозова Анна Сергеевна");
            addPerson(browser, "Лебедев", "Пётр", "lebedev.walk@example.ru", "");
            browser.waitForText("Добавлен(а) Лебедев Пётр Сергеевич");
            browser.screenshot("people-added");

            browser.click(By.linkText("Морозова Анна Сергеевна"));
            browser.waitForText("Роли в Совете");
            browser.clickButton("Снять роль");
            browser.waitForText("Роль «Член Координационного Совета» снята сразу.");
            assertThat(browser.text()).contains("окончена");
            browser.screenshot("role-ended");

            browser.open("/directory/" + CLUSTER);
            browser.click(By.linkText("Лебедев Пётр Сергеевич"));
            browser.waitForText("Учётная запись");
            browser.screenshot("before-deactivation");
            browser.clickButton("Отключить учётную запись");
            browser.waitForText("Отметьте, что понимаете последствия отключения.");
            browser.click(By.name("confirmed"));
            browser.clickButton("Отключить учётную запись");
            browser.waitForText("Учётная запись отключена");
            assertThat(browser.text()).contains("отключён(а) с " + today);
            browser.screenshot("deactivated");

            browser.open("/directory/" + CLUSTER);
            browser.waitForText("Лебедев Пётр Сергеевич");
            browser.screenshot("people-after");
        }
        assertThat(directory.councilMembers(CLUSTER)).extracting(Person::lastName).containsExactly("Сидорова");
        assertThat(directory.people(CLUSTER)).extracting(Person::lastName).contains("Морозова", "Лебедев");
    }

    private static void addPerson(Browser browser, String lastName, String firstName, String email, String from) {
        type(browser, "#add-person", "lastName", lastName);
        type(browser, "#add-person", "firstName", firstName);
        type(browser, "#add-person", "middleName", firstName.equals("Анна") ? "Сергеевна" : "Сергеевич");
        type(browser, "#add-person", "email", email);
        type(browser, "#add-person", "position", "учитель");
        type(browser, "#add-person", "from", from);
        browser.clickButton("Добавить");
    }

    private static void type(Browser browser, String form, String field, String text) {
        var input = browser.visible(By.cssSelector(form + " [name=" + field + "]"));
        input.clear();
        input.sendKeys(text);
    }
}
