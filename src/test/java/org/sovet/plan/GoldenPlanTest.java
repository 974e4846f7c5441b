package org.sovet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.plan.WorkPlanProcess.Vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovet.support.EngineRest;
import org.sovet.support.GoldenCouncils;
import org.sovet.support.SeedDocument;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Seed 003, the Podosinovets work plan for 2023, entered over REST by its council as users do and
 * approved by order № 1-од of 09.01.2023: the approved plan prints every element of the original,
 * in its order and as written.
 */
class GoldenPlanTest extends SovetTest {

    private static final String CLUSTER = "golden-podosinovets";
    private static final String METHODIST = "gpod-methodist";
    private static final String DIRECTOR = "loginovsky";
    private static final ZoneId KIROV = ZoneId.of("Europe/Kirov");
    private static final String TABLE_HEADER = "№ Наименование мероприятия Срок реализации Ответственный Результат";
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d+ / \\d+");

    @Autowired GoldenCouncils councils;
    @Autowired EngineRest rest;
    @Autowired TestClock clock;
    @Autowired TestRestTemplate http;
    @Autowired PlannedMeetings plannedMeetings;

    @BeforeEach
    void theCouncilOfTheDocument() {
        councils.install(CLUSTER);
    }

    @Test
    void shouldPrintTheOriginalPlanAsWrittenAndPlanItsQuarterlyCouncilMeetings() throws IOException {
        JsonNode entered = resource("golden/golden-podosinovets-plan-2023.json");

        // the methodist drafts in December, the director signs the order on 9 January, as the original says
        moveClockTo(LocalDateTime.of(2022, 12, 27, 10, 0));
        String instance = rest.read(rest.startForm(METHODIST, WorkPlanProcess.KEY, CLUSTER, Map.of(Vars.PLAN_YEAR, 2023)))
                .get("id").asText();
        complete(METHODIST, instance, Map.of(
                Vars.GOAL, entered.get("goal").asText(),
                Vars.TASKS, EngineRest.jsonVariable(entered.get("tasks")),
                Vars.SECTIONS, EngineRest.jsonVariable(entered.get("sections")),
                Vars.DRAFT_ACTION, WorkPlanProcess.ACTION_SUBMIT));
        moveClockTo(LocalDateTime.of(2023, 1, 9, 11, 0));
        String review = taskOf(DIRECTOR, instance);
        long planId = rest.read(rest.get(DIRECTOR, "/task/" + review + "/variables/" + Vars.PLAN_ID)).get("value").asLong();
        complete(DIRECTOR, instance, Map.of(Vars.REVIEW_DECISION, WorkPlanProcess.DECISION_APPROVE,
                Vars.ORDER_NUMBER, "1-од", Vars.ORDER_DATE, "2023-01-09"));

        String printed = printedPlan(planId);
        SeedDocument original = SeedDocument.fromClasspath("golden/003-podosinovets-plan-2023.txt");
        assertThat(original.elements()).as("16 lines above the table, 5 column heads, 17 headings, 48 items of 5 cells"
                        + " but the last two, which have no result").hasSize(16 + 5 + 17 + 46 * 5 + 2 * 4)
                .contains("Н.В.Логиновский", "В течении года", "4.1. Совместные мероприятия с педагогами школ:", "Профориентационное направление");
        assertThat(original.firstDifference(withoutPageFurniture(printed))).as("the printed plan:%n%s", printed).isEmpty();
        // 2.1 «Проведение заседаний … Координационного Совета — 1 раз в квартал»; the sessions of ОМО, РМО are not the council's
        assertThat(plannedMeetings.ofCluster(CLUSTER)).extracting(PlannedMeeting::plannedDate).containsExactly(
                LocalDate.of(2023, 3, 15), LocalDate.of(2023, 6, 15), LocalDate.of(2023, 9, 15), LocalDate.of(2023, 12, 15));
    }

    private void complete(String user, String instance, Map<String, ?> variables) {
        String task = taskOf(user, instance);
        assertThat(rest.post(user, "/task/" + task + "/claim", Map.of("userId", user)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> submitted = rest.submitTaskForm(user, task, variables);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private String taskOf(String user, String instance) {
        JsonNode tasks = rest.read(rest.get(user, "/task?processInstanceId=" + instance));
        assertThat(tasks).as("%s's task", user).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private String printedPlan(long planId) throws IOException {
        ResponseEntity<byte[]> pdf = http.withBasicAuth(DIRECTOR, "demo").getForEntity("/plans/" + planId + "/document", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Each page repeats the table's header and has «N / M» at its foot; the original is one long page. */
    private static String withoutPageFurniture(String printed) {
        List<String> lines = printed.lines().map(String::strip).filter(line -> !PAGE_NUMBER.matcher(line).matches()).toList();
        int header = lines.indexOf(TABLE_HEADER);
        return IntStream.range(0, lines.size()).filter(i -> i <= header || !lines.get(i).equals(TABLE_HEADER))
                .mapToObj(lines::get).collect(Collectors.joining("\n"));
    }

    private void moveClockTo(LocalDateTime kirovTime) {
        clock.advance(Duration.between(clock.instant(), kirovTime.atZone(KIROV).toInstant()));
    }

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = GoldenPlanTest.class.getClassLoader().getResourceAsStream(path)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
