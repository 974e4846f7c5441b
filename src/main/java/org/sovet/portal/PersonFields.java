package org.sovet.portal;

import java.util.Map;
import org.sovet.directory.PersonForm;

/** A person's card as the directory's forms post it. */
final class PersonFields {

    private PersonFields() {}

    static PersonForm of(String id, Map<String, String> typed) {
        return new PersonForm(id, typed.get("lastName"), typed.get("firstName"), typed.get("middleName"), typed.get("email"),
                typed.get("position"), Typed.text(typed, "organizationId"));
    }

    /** A person offered in a list, «Воронцов А.Н. — директор, МКОУ СОШ». */
    record Choice(String id, String label) {}
}
