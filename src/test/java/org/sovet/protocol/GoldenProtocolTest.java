package org.sovet.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sovet.meeting.MeetingProcess;
import org.sovet.meeting.MeetingProcess.Elements;
import org.sovet.support.EngineRest;
import org.sovet.support.GoldenCouncils;
import org.sovet.support.SovetTest;
import org.sovet.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The real protocols of the seeds, entered through the REST API as their councils would enter a meeting
 * held before Sovet («Заседание уже проведено»), signed, and read back: the signed PDF and DOCX carry every
 * element of the original in its order, and nothing the original does not have. Each document is a file
 * under golden/protocols: another real protocol of the same councils is one more file.
 */
class GoldenProtocolTest extends SovetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PAGE_FOOTER = Pattern.compile("(^|\\s)\\d+ / \\d+(\\s|$)");

    @Autowired GoldenCouncils councils;
    @Autowired EngineRest rest;
    @Autowired TestClock clock;
    @Autowired SignedProtocolTexts texts;

    static Stream<String> documents() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:golden/protocols/*.json"))
                .map(Resource::getFilename).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void shouldPrintTheRealProtocolElementByElementAfterItsCouncilEnteredIt(String file) throws IOException {
        GoldenProtocol doc = JSON.readValue(getClass().getResourceAsStream("/golden/protocols/" + file), GoldenProtocol.class);
        councils.install(doc.council());
        clock.advance(Duration.between(clock.instant(), OffsetDateTime.parse(doc.enteredAt()).toInstant()));

        ResponseEntity<String> started = rest.startForm(doc.secretary(), MeetingProcess.KEY, doc.council(), typed(doc.schedule()));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String instance = rest.read(started).path("id").asText();
        submit(doc.secretary(), task(instance, Elements.ENTER_HELD, null), Map.of(MeetingProcess.Vars.AGENDA, doc.agenda()));
        submit(doc.secretary(), task(instance, Elements.RECORD_ATTENDANCE, null), doc.attendance());
        submit(doc.secretary(), task(instance, Elements.RECORD_SESSION, null), doc.session());
        scenario.runAllJobs();
        submit(doc.secretary(), task(null, ProtocolProcess.Elements.REVIEW, null), Map.of());
        for (String signer : doc.signers()) {
            submit(signer, task(null, ProtocolProcess.Elements.SIGN, signer),
                    Map.of(ProtocolProcess.Vars.SIGN_DECISION, ProtocolProcess.SIGN));
        }

        // the signed files and their SHA-256 (a job), then the mails that job queues
        scenario.runAllJobs();
        scenario.runAllJobs();
        long meetingId = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(MeetingProcess.Vars.MEETING_ID).singleResult().getValue();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
                .as("the meeting's process ended with the signed protocol mailed").isZero();
        Expected expected = doc.expected();
        for (String text : texts.of(meetingId)) {
            String read = unwrapped(text);
            assertThat(read).as(doc.document()).containsSubsequence(unwrapped(expected.inOrder()))
                    .contains(unwrapped(expected.anyOrder()));
            expected.absent().forEach(absent -> assertThat(text).as(doc.document() + ": not in the original").doesNotContain(absent));
            expected.once().forEach(once -> assertThat(read.split(Pattern.quote(unwrapped(once)), -1))
                    .as(doc.document() + ": «" + once + "» once").hasSize(2));
        }
    }

    /**
     * The text without page footers («2 / 3») and without any white space: a PDF line wraps where the
     * original had none («Т.В.| Боханова»), and the words still read the same.
     */
    private static String unwrapped(String text) {
        return PAGE_FOOTER.matcher(text).replaceAll(" ").replaceAll("\\s+", "");
    }

    private static List<String> unwrapped(List<String> texts) {
        return texts.stream().map(GoldenProtocolTest::unwrapped).toList();
    }

    /** The open task of the meeting's process, or of the protocol process it called. */
    private Task task(String instance, String key, String assignee) {
        var query = engine.getTaskService().createTaskQuery().taskDefinitionKey(key);
        if (instance != null) {
            query.processInstanceId(instance);
        }
        if (assignee != null) {
            query.taskAssignee(assignee);
        }
        return query.singleResult();
    }

    private void submit(String user, Task task, Map<String, ?> form) {
        assertThat(task).as("an open task for " + user).isNotNull();
        ResponseEntity<String> answer = rest.submitTaskForm(user, task.getId(), typed(form));
        assertThat(answer.getStatusCode()).as(task.getTaskDefinitionKey() + ": " + answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Lists and objects go as Camunda Forms send them, JSON variables; the rest as plain values. */
    private static Map<String, Object> typed(Map<String, ?> form) {
        Map<String, Object> typed = new LinkedHashMap<>();
        form.forEach((name, value) -> typed.put(name, value instanceof List<?> || value instanceof Map<?, ?>
                ? EngineRest.jsonVariable(value) : value));
        return typed;
    }

    /** One real protocol: the council, what its secretary entered at each step, and what the original says. */
    record GoldenProtocol(String document, String council, String secretary, String enteredAt, Map<String, Object> schedule,
                          List<Map<String, Object>> agenda, Map<String, Object> attendance, Map<String, Object> session,
                          List<String> signers, Expected expected) {}

    /**
     * The original's elements: in its order, in any order (lists whose order the council's directory decides),
     * those it has once, and words it does not have.
     */
    record Expected(List<String> inOrder, List<String> anyOrder, List<String> once, List<String> absent) {}
}
