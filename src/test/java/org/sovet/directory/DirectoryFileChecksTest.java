package org.sovet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sovet.common.InputRejectedException;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A scripted directory file meets the directory pages' rules: one wrong person refuses the file whole, each named in Russian. */
class DirectoryFileChecksTest extends SovetTest {

    @Autowired DirectoryImport directoryImport;
    @Autowired Directory directory;

    @Test
    void shouldRefuseAWholeFileNamingEveryWrongPersonAndImportNothing() {
        assertThatThrownBy(() -> directoryImport.importFrom("classpath:directory/with-wrong-people.json"))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).problems()).containsExactly(
                        "Справочник из classpath:directory/with-wrong-people.json не загружен, ничего не изменено.",
                        "кластер podosinovets, человек 2 (sidorov): Адрес электронной почты записан неверно: sidorov.",
                        "кластер podosinovets, человек 3 (belyaev2): Имя пишется буквами (можно дефис и пробел), не длиннее 100 знаков."
                                + " Адрес belyaev@example.org уже есть у другого человека в справочнике."
                                + " Такой организации нет в этом кластере."));

        assertThat(directory.person("morozova")).as("the right person of a refused file is not imported either").isEmpty();
    }
}
