package org.sovet.directory.staff;

import java.time.LocalDate;
import java.util.List;
import org.sovet.directory.CouncilRole;

/**
 * One person of a staff list as its row writes them; {@code line} is the row's number as the spreadsheet shows it.
 * {@code problems}: what is wrong with the row itself (in Russian), found before it is compared with the directory.
 */
public record StaffRow(int line, String lastName, String firstName, String middleName, String position, String organization,
                       String email, List<CouncilRole> roles, LocalDate from, LocalDate to, List<String> problems) {

    public StaffRow {
        roles = roles == null ? List.of() : List.copyOf(roles);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** «Морозова Анна Сергеевна», or what the row's name cell held when it could not be split. */
    public String fullName() {
        return String.join(" ", java.util.stream.Stream.of(lastName, firstName, middleName).filter(p -> p != null).toList());
    }
}
