package org.sovet.portal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sovet.common.Problems;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilSettings;

/**
 * The cluster form of the directory (the cluster and its council's regulation) read from what was posted;
 * the regulation's numbers are checked here, in Russian, each beside its field, before anything is saved.
 */
final class ClusterForms {

    /** Time zones of Russia, Kirov's first: the region's clusters live in it. */
    static final Map<String, String> TIME_ZONES = zones();
    static final Map<String, String> SIGNERS = ordered("CHAIR_SECRETARY", "председатель и секретарь",
            "CURATOR_SECRETARY", "куратор и секретарь", "CHAIR", "председатель", "SECRETARY", "секретарь");
    static final Map<String, String> LAYOUTS = ordered("PER_ITEM", "«Решили» под каждым вопросом",
            "LIST", "одним нумерованным списком");

    static final Map<String, String> NUMBERINGS = ordered("CALENDAR", "по календарному году", "ACADEMIC", "по учебному году");

    private ClusterForms() {}

    static Cluster cluster(String id, Map<String, String> form) {
        return new Cluster(id, form.get("name"), form.get("areaGenitive"), form.get("locality"), form.get("district"),
                form.get("timeZone"), form.get("councilName"));
    }

    static CouncilSettings settings(String clusterId, Map<String, String> form, Problems problems) {
        int quorum = number(form, "quorumPercent", 1, 100, "Кворум — процент от 1 до 100.", problems);
        int qualified = number(form, "qualifiedPercent", 50, 100, "Квалифицированное большинство — процент от 50 до 100.", problems);
        int proposal = number(form, "proposalDays", 1, 60, "Срок предложений в повестку — от 1 до 60 дней.", problems);
        int reminder = number(form, "reminderDays", 0, 30, "Напоминание — от 0 до 30 дней до заседания.", problems);
        int retention = number(form, "historyRetentionDays", 1, 36500, "Срок хранения истории — от 1 до 36500 дней.", problems);
        String signers = choice(form, "signers", SIGNERS, "Выберите, кто подписывает протоколы.", problems);
        String written = choice(form, "writtenSigners", SIGNERS, "Выберите, кто подписывает протоколы заочных заседаний.", problems);
        String layout = choice(form, "decisionsLayout", LAYOUTS, "Выберите, как протокол записывает решения.", problems);
        return new CouncilSettings(clusterId, "ACADEMIC".equals(form.get("numbering")), quorum, qualified, signers, proposal,
                reminder, retention, form.containsKey("dualRolesAllowed"), form.containsKey("cancelledFreeNumbers"), layout, written);
    }

    private static int number(Map<String, String> form, String field, int min, int max, String problem, Problems problems) {
        try {
            int value = Integer.parseInt(form.getOrDefault(field, "").trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // not a number: the same problem as one out of range
        }
        problems.add(field, problem);
        return 0;
    }

    private static String choice(Map<String, String> form, String field, Map<String, String> choices, String problem, Problems problems) {
        String value = form.get(field);
        if (value == null || !choices.containsKey(value)) {
            problems.add(field, problem);
        }
        return value;
    }

    private static Map<String, String> zones() {
        return ordered("Europe/Kirov", "Киров (МСК)", "Europe/Moscow", "Москва (МСК)", "Europe/Kaliningrad", "Калининград (МСК−1)",
                "Europe/Samara", "Самара (МСК+1)", "Asia/Yekaterinburg", "Екатеринбург (МСК+2)", "Asia/Omsk", "Омск (МСК+3)",
                "Asia/Novosibirsk", "Новосибирск (МСК+4)", "Asia/Krasnoyarsk", "Красноярск (МСК+4)", "Asia/Irkutsk", "Иркутск (МСК+5)",
                "Asia/Yakutsk", "Якутск (МСК+6)", "Asia/Vladivostok", "Владивосток (МСК+7)", "Asia/Magadan", "Магадан (МСК+8)",
                "Asia/Kamchatka", "Петропавловск-Камчатский (МСК+9)");
    }

    /** Choices in the order a list offers them. */
    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
