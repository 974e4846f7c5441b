package org.sovet.portal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sovet.common.Problems;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilSettings;

/**
 * The cluster form of the directory (the cluster and its council's regulation) read from what was posted,
 * and the choices its lists offer; the service checks what was read (ClusterChecks).
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

    /** The regulation as typed; a field that is no whole number is named here, its range the service checks (ClusterChecks). */
    static CouncilSettings settings(String clusterId, Map<String, String> form, Problems problems) {
        int quorum = number(form, "quorumPercent", "Кворум", problems);
        int qualified = number(form, "qualifiedPercent", "Квалифицированное большинство", problems);
        int proposal = number(form, "proposalDays", "Срок предложений в повестку", problems);
        int reminder = number(form, "reminderDays", "Напоминание", problems);
        int retention = number(form, "historyRetentionDays", "Срок хранения истории", problems);
        return new CouncilSettings(clusterId, "ACADEMIC".equals(form.get("numbering")), quorum, qualified, form.get("signers"), proposal,
                reminder, retention, form.containsKey("dualRolesAllowed"), form.containsKey("cancelledFreeNumbers"),
                form.get("decisionsLayout"), form.get("writtenSigners"));
    }

    private static int number(Map<String, String> form, String field, String label, Problems problems) {
        try {
            return Integer.parseInt(form.getOrDefault(field, "").trim());
        } catch (NumberFormatException e) {
            problems.add(field, label + ": введите целое число.");
            return 0;
        }
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
