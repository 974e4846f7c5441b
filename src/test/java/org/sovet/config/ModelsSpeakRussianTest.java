package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What Tasklist and Cockpit show from the models themselves (process, task and event names, form
 * labels, hints and texts) is Russian: an English word here would reach every council member.
 */
class ModelsSpeakRussianTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Pattern CYRILLIC = Pattern.compile("[А-Яа-яЁё]");
    /** Latin words people do read in Russian documents: file kinds and the web address scheme. */
    private static final Pattern LATIN_WORD = Pattern.compile("\\b(?!PDF\\b|DOCX\\b|https?\\b)[A-Za-z]{2,}\\b");
    private static final Pattern NOT_SHOWN = Pattern.compile("\\{\\{[^}]*}}|\\{%[^%]*%}|\\]\\([^)]*\\)|<[^>]*>");
    private static final List<String> BPMN_NAMED = List.of("process", "userTask", "serviceTask", "sendTask",
            "businessRuleTask", "callActivity", "subProcess", "startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent");

    @Test
    void everyProcessStepHasARussianName() throws Exception {
        List<String> english = new ArrayList<>();
        for (Path model : models(".bpmn")) {
            var document = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(model.toFile());
            for (String tag : BPMN_NAMED) {
                NodeList elements = document.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", tag);
                for (int i = 0; i < elements.getLength(); i++) {
                    Element element = (Element) elements.item(i);
                    if (!CYRILLIC.matcher(element.getAttribute("name")).find()) {
                        english.add(model.getFileName() + " " + tag + " " + element.getAttribute("id"));
                    }
                }
            }
        }
        assertThat(english).as("steps without a Russian name").isEmpty();
    }

    @Test
    void everyFormLabelHintAndTextIsRussian() throws IOException {
        List<String> english = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path form : models(".form")) {
            collect(form.getFileName().toString(), json.readTree(form.toFile()), english);
        }
        assertThat(english).as("form texts with English words").isEmpty();
    }

    private static void collect(String form, JsonNode component, List<String> english) {
        for (String field : List.of("label", "description", "text", "placeholder", "title")) {
            String value = component.path(field).asText("");
            boolean expression = value.startsWith("=");
            String shown = NOT_SHOWN.matcher(value).replaceAll(" ");
            if (!expression && LATIN_WORD.matcher(shown).find()) {
                english.add(form + " " + component.path("key").asText(component.path("type").asText()) + "." + field + ": " + value);
            }
        }
        component.path("values").forEach(option -> collect(form, option, english));
        component.path("columns").forEach(column -> collect(form, column, english));
        component.path("components").forEach(child -> collect(form, child, english));
    }

    private static List<Path> models(String extension) throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            List<Path> models = files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
            assertThat(models).isNotEmpty();
            return models;
        }
    }
}
