package org.sovet.directory;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A new person's login, from their surname as a passport spells it in Latin letters: «Воронцов» →
 * {@code vorontsov}; a namesake gets the initials, then a number.
 */
@Component
class PersonIds {

    private static final Map<Character, String> LATIN = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "iu"),
            Map.entry('я', "ia"));

    private final DirectoryRepository repository;

    PersonIds(DirectoryRepository repository) {
        this.repository = repository;
    }

    String newId(PersonForm form) {
        String surname = latin(form.lastName());
        String initials = latin(form.firstName()).substring(0, 1)
                + (form.middleName() == null || form.middleName().isBlank() ? "" : latin(form.middleName()).substring(0, 1));
        String id = surname.isEmpty() ? "person" : surname;
        if (repository.personExists(id)) {
            id = id + "." + initials;
        }
        String base = id;
        for (int n = 2; repository.personExists(id); n++) {
            id = base + n;
        }
        return id;
    }

    static String latin(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (LATIN.containsKey(c)) {
                out.append(LATIN.get(c));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
