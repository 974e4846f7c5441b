package org.sovet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated council: its director and chair (one person, as in most clusters), its secretary and ten members,
 * twelve voting in all; logins {@code b0001.chair}, {@code b0001.sec}, {@code b0001.m01}….
 */
record BenchCouncil(String id, String chair, String secretary, List<String> voters) {

    static final int MEMBERS = 10;

    static BenchCouncil of(int number) {
        String id = String.format("b%04d", number);
        List<String> voters = new ArrayList<>(List.of(id + ".chair", id + ".sec"));
        for (int m = 1; m <= MEMBERS; m++) {
            voters.add(String.format("%s.m%02d", id, m));
        }
        return new BenchCouncil(id, id + ".chair", id + ".sec", List.copyOf(voters));
    }

    String chairName() {
        return "Председателев П.П.";
    }

    /** The directory file both applications read at start (Sovet's import format; no passwords, the demo profile gives them). */
    static void writeDirectory(List<BenchCouncil> councils, Path file) {
        writeDirectory(councils, List.of(), file);
    }

    /** With supervisors (logins), who read every cluster. */
    static void writeDirectory(List<BenchCouncil> councils, List<String> supervisors, Path file) {
        List<Object> clusters = new ArrayList<>();
        for (BenchCouncil council : councils) {
            clusters.add(council.cluster());
        }
        Map<String, Object> directory = Map.of("clusters", clusters, "supervisors", supervisors.stream()
                .map(login -> person(login, "Надзорова", null, List.of())).toList());
        try {
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> cluster() {
        String anchor = id + "-sh";
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("id", id);
        cluster.put("name", "Образовательный кластер " + id);
        cluster.put("areaGenitive", "района " + id);
        cluster.put("locality", "пгт " + id);
        cluster.put("district", "СЗОО");
        cluster.put("settings", Map.of("quorumPercent", 50, "qualifiedPercent", 67, "historyRetentionDays", 1825));
        cluster.put("organizations", List.of(
                Map.of("id", anchor, "shortName", "Опорная школа " + id, "fullName", "Средняя школа " + id, "anchor", true),
                Map.of("id", id + "-ruo", "shortName", "РУО " + id, "fullName", "Управление образования " + id, "anchor", false)));
        List<Object> people = new ArrayList<>();
        people.add(person(chair, "Председателев", anchor, List.of("DIRECTOR", "CHAIR")));
        people.add(person(secretary, "Секретарёва", anchor, List.of("SECRETARY")));
        for (String member : voters.subList(2, voters.size())) {
            people.add(person(member, "Членов", id + "-ruo", List.of("MEMBER")));
        }
        cluster.put("people", people);
        return cluster;
    }

    private static Map<String, Object> person(String login, String lastName, String organization, List<String> roles) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", login);
        person.put("lastName", lastName);
        person.put("firstName", "Пётр");
        person.put("middleName", "Петрович");
        person.put("email", login + "@example.org");
        person.put("position", "директор");
        person.put("organization", organization);
        person.put("roles", roles);
        return person;
    }
}
