package org.sovet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The run's figures and the ratios Sovet / floor, printed and written to target/bench/result-{db}.json. */
final class Report {

    private Report() {
    }

    static void write(String db, int councils, int clients, Figures sovet, Figures floor) throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("database", db);
        result.put("councils", councils);
        result.put("clients", clients);
        result.put("sovet", sovet.asMap());
        result.put("floor", floor.asMap());
        Map<String, Object> ratio = new LinkedHashMap<>();
        ratio.put("cpuPerMeeting", Figures.round(sovet.cpuPerMeetingSeconds() / floor.cpuPerMeetingSeconds()));
        ratio.put("cpuPerMeetingWithDatabaseServer",
                Figures.round(sovet.cpuWithServerPerMeetingSeconds() / floor.cpuWithServerPerMeetingSeconds()));
        if (sovet.warmUp().meetings() > 0 && floor.warmUp().meetings() > 0) {
            ratio.put("cpuPerMeetingDuringWarmUp", Figures.round(Figures.seconds(sovet.warmUp().cpu()) / sovet.warmUp().meetings()
                    / (Figures.seconds(floor.warmUp().cpu()) / floor.warmUp().meetings())));
        }
        ratio.put("taskCompletionsPerSecond", Figures.round(sovet.completionsPerSecond() / floor.completionsPerSecond()));
        ratio.put("startup", Figures.round(Figures.seconds(sovet.startup()) / Figures.seconds(floor.startup())));
        ratio.put("peakRss", Figures.round((double) sovet.peakRssKb() / floor.peakRssKb()));
        result.put("sovetToFloor", ratio);
        ObjectMapper json = new ObjectMapper();
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        Path file = Path.of("target", "bench", "result-" + db + ".json");
        Files.writeString(file, text);
        System.out.println(text);
        System.out.println("written to " + file.toAbsolutePath());
    }
}
