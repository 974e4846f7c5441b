package org.sovet.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Organization;
import org.sovet.directory.Person;
import org.springframework.stereotype.Component;

/**
 * The forms' person pickers: the options are the cluster's people and organizations (display data the
 * server writes), and a picked value is turned into name, position and organization from the directory
 * here, whatever the client sent beside it. «Другой человек» keeps what was typed, as before pickers.
 */
@Component
class DirectoryPicks {

    static final String OTHER = "other";
    private static final String PERSON = "person:";
    private static final String ORGANIZATION = "org:";

    /** Where a row keeps the pick and the fields it fills; {@code id} and the last two may be absent (null). */
    record Fields(String pick, String id, String name, String position, String organization) {}

    static final Fields SPEAKER = new Fields("speakerPick", "speakerId", "speakerName", "speakerPosition", "speakerOrganization");
    static final Fields PERSON_ROW = new Fields("pick", null, "name", "position", "organization");
    static final Fields OWNER = new Fields("ownerPick", null, "owner", null, null);

    private final Directory directory;

    DirectoryPicks(Directory directory) {
        this.directory = directory;
    }

    /** «Воронцов А.Н. — директор, МКОУ СОШ …», then the organizations, then the typed fallback. */
    List<Map<String, String>> options(String clusterId) {
        List<Map<String, String>> options = new ArrayList<>();
        people(clusterId).forEach(p -> options.add(Map.of("label", directory.pickLabel(p), "value", PERSON + p.id())));
        directory.organizations(clusterId).forEach(o -> options.add(Map.of("label", o.shortName() + " (организация)",
                "value", ORGANIZATION + o.id())));
        options.add(Map.of("label", "Другой человек (ввести вручную)", "value", OTHER));
        return options;
    }

    /** Fills the row's fields from its pick; a pick outside the cluster's directory is refused, naming {@code where}. */
    void fill(Map<String, Object> row, Fields fields, String clusterId, String where) {
        Object value = row.remove(fields.pick());
        String pick = value == null ? "" : value.toString();
        if (pick.isBlank() || pick.equals(OTHER)) {
            keepKnownId(row, fields, clusterId, where);
            return;
        }
        if (pick.startsWith(PERSON)) {
            fillPerson(row, fields, person(clusterId, pick.substring(PERSON.length()), where));
        } else if (pick.startsWith(ORGANIZATION)) {
            Organization organization = directory.organizations(clusterId).stream()
                    .filter(o -> o.id().equals(pick.substring(ORGANIZATION.length()))).findFirst().orElseThrow(() -> unknown(where));
            put(row, fields.id(), null);
            put(row, fields.name(), organization.shortName());
            put(row, fields.position(), null);
            put(row, fields.organization(), null);
        } else {
            throw unknown(where);
        }
    }

    /**
     * A row sent without a pick may still carry a person's id (an item the server wrote, or a client of the
     * REST API): it must be one of the cluster's people, and names that person where nothing was typed.
     */
    private void keepKnownId(Map<String, Object> row, Fields fields, String clusterId, String where) {
        Object id = fields.id() == null ? null : row.get(fields.id());
        if (id == null || id.toString().isBlank()) {
            put(row, fields.id(), null);
            return;
        }
        Person person = person(clusterId, id.toString(), where);
        Object name = row.get(fields.name());
        if (name == null || name.toString().isBlank()) {
            fillPerson(row, fields, person);
        }
    }

    private void fillPerson(Map<String, Object> row, Fields fields, Person person) {
        put(row, fields.id(), person.id());
        put(row, fields.name(), person.surnameAndInitials());
        put(row, fields.position(), person.position());
        put(row, fields.organization(), directory.organizationBesidesPosition(person).orElse(null));
    }

    private Person person(String clusterId, String personId, String where) {
        return people(clusterId).stream().filter(p -> p.id().equals(personId)).findFirst().orElseThrow(() -> unknown(where));
    }

    /** Council members and invited guests: the people a council's forms name. */
    private List<Person> people(String clusterId) {
        List<Person> people = new ArrayList<>(directory.councilMembers(clusterId));
        directory.peopleWithRole(clusterId, CouncilRole.GUEST).stream()
                .filter(g -> people.stream().noneMatch(p -> p.id().equals(g.id()))).forEach(people::add);
        people.sort(Comparator.comparing(Person::lastName).thenComparing(Person::firstName));
        return people;
    }

    private static void put(Map<String, Object> row, String field, String value) {
        if (field != null) {
            row.put(field, value);
        }
    }

    private static InputRejectedException unknown(String where) {
        return new InputRejectedException(where + ": выбранного нет в справочнике кластера. Выберите из списка "
                + "или «Другой человек (ввести вручную)».");
    }
}
