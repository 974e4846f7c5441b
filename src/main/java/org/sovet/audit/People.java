package org.sovet.audit;

import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/** Who did a step, as the trail lists it: «Колесникова И.П.», the one list form of a name, or «система» for the engine. */
@Component
class People {

    static final String SYSTEM = "система";

    private final Directory directory;

    People(Directory directory) {
        this.directory = directory;
    }

    /** «Колесникова И.П.»; a login outside the directory (an administrator) as it is. */
    String name(String userId) {
        if (userId == null || userId.isBlank()) {
            return SYSTEM;
        }
        return directory.person(userId).map(Person::surnameAndInitials).orElse(userId);
    }
}
