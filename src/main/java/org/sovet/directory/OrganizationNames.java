package org.sovet.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An organization as a staff list writes it, by its short or full name; case, quotes and spaces aside, so
 * «МКОУ СОШ пгт Демьяново» is «МКОУ "СОШ пгт Демьяново"».
 */
final class OrganizationNames {

    private OrganizationNames() {}

    static Optional<Organization> find(List<Organization> organizations, String written) {
        String key = key(written);
        return organizations.stream().filter(o -> key.equals(key(o.shortName())) || key.equals(key(o.fullName()))).findFirst();
    }

    static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[\"'«»“”„`]", " ").replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
