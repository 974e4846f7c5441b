package org.sovet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;

/** No password is ever read from a directory file. */
class DirectoryPasswordsTest extends SovetTest {

    @Autowired DirectoryImport directoryImport;
    @Autowired Directory directory;
    @Autowired IdentityService identity;

    @Test
    void shouldRefuseAWholeDirectoryFileThatCarriesAPassword() {
        assertThatThrownBy(() -> directoryImport.importFrom("classpath:directory/with-a-password.json"))
                .hasMessageContaining("carries passwords (sidorov)");

        assertThat(directory.person("sidorov")).as("nothing of the file imported").isEmpty();
        assertThat(identity.createUserQuery().userId("sidorov").count()).isZero();
    }
}
