package org.sovet.directory;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.sovet.common.Problems;
import org.springframework.stereotype.Component;

/** What a cluster's card and its council's regulation must hold, each problem in Russian beside its field. */
@Component
class ClusterChecks {

    /** A cluster's id is its Camunda tenant id and part of its group ids: short, Latin, lower case. */
    private static final Pattern CLUSTER_ID = Pattern.compile("[a-z][a-z0-9]{1,39}");

    private final DirectoryRepository repository;

    ClusterChecks(DirectoryRepository repository) {
        this.repository = repository;
    }

    /** The regulation's one set of rules, for the pages and every other way a regulation is saved. */
    static void check(CouncilSettings s, Problems problems) {
        if (s.quorumPercent() < 1 || s.quorumPercent() > 100) {
            problems.add("quorumPercent", "Кворум — от 1 до 100 процентов членов Совета.");
        }
        if (s.qualifiedPercent() < 50 || s.qualifiedPercent() > 100) {
            problems.add("qualifiedPercent", "Квалифицированное большинство — процент от 50 до 100.");
        }
        if (!CouncilSettings.SIGNER_CHOICES.contains(s.signers()) || !CouncilSettings.SIGNER_CHOICES.contains(s.writtenSigners())) {
            problems.add("signers", "Выберите, кто подписывает протоколы, из списка.");
        }
        if (s.proposalDays() < 0 || s.proposalDays() > 60 || s.reminderDays() < 0 || s.reminderDays() > 30) {
            problems.add("proposalDays", "Срок предложений — от 0 до 60 дней, напоминание — от 0 до 30 дней до заседания.");
        }
        if (s.historyRetentionDays() < 1) {
            problems.add("historyRetentionDays", "История хранится хотя бы один день.");
        }
        if (!"PER_ITEM".equals(s.decisionsLayout()) && !"LIST".equals(s.decisionsLayout())) {
            problems.add("decisionsLayout", "Выберите, как протокол записывает решения, из списка.");
        }
    }

    Cluster checked(Cluster c, boolean isNew, Problems problems) {
        if (c.id() == null || !CLUSTER_ID.matcher(c.id()).matches()) {
            problems.add("id", "Код кластера — латинские строчные буквы и цифры, от 2 до 40 знаков, например podosinovets.");
        } else if (isNew && repository.cluster(c.id()).isPresent()) {
            problems.add("id", "Кластер с кодом " + c.id() + " уже есть.");
        }
        required(problems, "name", c.name(), "Укажите название кластера.");
        required(problems, "areaGenitive", c.areaGenitive(), "Укажите район в родительном падеже: «Подосиновского района».");
        required(problems, "locality", c.locality(), "Укажите населённый пункт: «пгт Подосиновец».");
        String zone = c.timeZone() == null || c.timeZone().isBlank() ? "Europe/Kirov" : c.timeZone().trim();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add("timeZone", "Неизвестный часовой пояс: " + zone + ".");
        }
        return new Cluster(c.id(), trimmed(c.name()), trimmed(c.areaGenitive()), trimmed(c.locality()),
                c.district() == null || c.district().isBlank() ? null : c.district().trim(), zone,
                c.councilName() == null || c.councilName().isBlank() ? null : c.councilName().trim());
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static void required(Problems problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.add(field, message);
        }
    }
}
