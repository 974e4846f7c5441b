package org.sovet.directory.staff;

import java.util.Locale;
import java.util.Optional;
import org.sovet.directory.CouncilRole;

/** A council role as people write it in a staff list: «член совета», «председатель», «гость», the role's own title. */
final class RoleWords {

    static final String KNOWN = "член, председатель, директор, секретарь (координатор), куратор, приглашённый (гость)";

    private RoleWords() {}

    static Optional<CouncilRole> role(String written) {
        String word = written.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\\u00A0]+", " ").strip();
        // «член» first: «Член Координационного Совета» also holds «координа…»
        if (word.startsWith("член")) {
            return Optional.of(CouncilRole.MEMBER);
        }
        if (word.startsWith("председател")) {
            return Optional.of(CouncilRole.CHAIR);
        }
        if (word.startsWith("директор")) {
            return Optional.of(CouncilRole.DIRECTOR);
        }
        if (word.contains("секретар") || word.startsWith("координатор")) {
            return Optional.of(CouncilRole.SECRETARY);
        }
        if (word.startsWith("куратор")) {
            return Optional.of(CouncilRole.CURATOR);
        }
        if (word.startsWith("приглашен") || word.startsWith("гост")) {
            return Optional.of(CouncilRole.GUEST);
        }
        return Optional.empty();
    }
}
