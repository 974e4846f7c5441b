package org.sovet.audit;

import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/** Who did a step, as a supervisor reads it: the person's full name, or «система» for the engine. */
@Component
class People {

    static final String SYSTEM = "система";

    private final Directory directory;

    People(Directory directory) {
        this.directory = directory;
    }

    /** «Колесникова Ирина Петровна»; a login outside the directory (an administrator) as it is. */
    String name(String userId) {
        if (userId == null || userId.isBlank()) {
            return SYSTEM;
        }
        return directory.person(userId).map(Person::fullName).orElse(userId);
    }

    /** «Колесникова И.П.», for lists of people inside a step's outcome. */
    String shortName(String userId) {
        return directory.person(userId).map(Person::surnameAndInitials).orElse(userId);
    }
}
