package org.sovet.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Tasklist, Cockpit and Admin speak Russian: our ru.json covers every label of the webapp's own en.json with the
 * same placeholders, and our config.js (first on the classpath, so it replaces the webapp's) offers Russian only.
 */
class CamundaLocalesTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern AVAILABLE_LOCALES = Pattern.compile("availableLocales\\s*:\\s*\\[([^\\]]*)]");
    private static final Pattern FALLBACK_LOCALE = Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]*)['\"]");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void tasklistSpeaksRussianForEveryKey() throws IOException {
        assertSpeaksRussianForEveryKey("tasklist");
    }

    @Test
    void cockpitSpeaksRussianForEveryKey() throws IOException {
        assertSpeaksRussianForEveryKey("cockpit");
    }

    @Test
    void adminSpeaksRussianForEveryKey() throws IOException {
        assertSpeaksRussianForEveryKey("admin");
    }

    @Test
    void tasklistKeepsEveryPlaceholder() throws IOException {
        assertKeepsEveryPlaceholder("tasklist");
    }

    @Test
    void cockpitKeepsEveryPlaceholder() throws IOException {
        assertKeepsEveryPlaceholder("cockpit");
    }

    @Test
    void adminKeepsEveryPlaceholder() throws IOException {
        assertKeepsEveryPlaceholder("admin");
    }

    @Test
    void tasklistOffersRussianOnly() throws IOException {
        assertOffersRussianOnly("tasklist");
    }

    @Test
    void cockpitOffersRussianOnly() throws IOException {
        assertOffersRussianOnly("cockpit");
    }

    @Test
    void adminOffersRussianOnly() throws IOException {
        assertOffersRussianOnly("admin");
    }

    private void assertSpeaksRussianForEveryKey(String app) throws IOException {
        JsonNode english = english(app);
        JsonNode russian = russian(app);

        assertThat(missing(english.path("labels"), russian.path("labels")))
                .as("%s labels missing from ru.json would show in English", app)
                .isEmpty();
        assertThat(missing(english.path("dateLocales"), russian.path("dateLocales")))
                .as("%s date locale (month and weekday names, formats)", app)
                .isEmpty();
    }

    private void assertKeepsEveryPlaceholder(String app) throws IOException {
        JsonNode english = english(app).path("labels");
        JsonNode russian = russian(app).path("labels");

        List<String> mismatches = new ArrayList<>();
        for (String key : fieldNames(english)) {
            String translation = russian.path(key).asText("");
            Set<String> expected = placeholders(english.path(key).asText());
            Set<String> actual = placeholders(translation);
            if (!expected.equals(actual)) {
                mismatches.add(key + ": " + expected + " became " + actual);
            }
        }
        assertThat(mismatches).as("%s placeholders", app).isEmpty();
    }

    private void assertOffersRussianOnly(String app) throws IOException {
        URL served = resource(APPS + app + "/scripts/config.js");
        assertThat(served.toString())
                .as("%s config.js must be ours, ahead of the webapp's own", app)
                .doesNotContain(WEBJAR);
        String config = read(served);

        Matcher available = AVAILABLE_LOCALES.matcher(config);
        assertThat(available.find()).as("%s config.js sets availableLocales", app).isTrue();
        assertThat(QUOTED.matcher(available.group(1)).results().map(m -> unquote(m.group())).toList())
                .containsExactly("ru");
        assertThat(available.find()).as("%s config.js sets availableLocales once", app).isFalse();

        Matcher fallback = FALLBACK_LOCALE.matcher(config);
        assertThat(fallback.find()).as("%s config.js sets fallbackLocale", app).isTrue();
        assertThat(fallback.group(1)).isEqualTo("ru");
        assertThat(fallback.find()).as("%s config.js sets fallbackLocale once", app).isFalse();

        assertThat(resource(APPS + app + "/locales/ru.json").toString()).doesNotContain(WEBJAR);
    }

    /**
     * The variables a label interpolates: identifiers inside {{ }} (string literals aside, so a Russian label may
     * use an expression such as {{ n == 'No' ? 'нет' : n }}), plus the "{}" that ng-pluralize fills in.
     */
    private static Set<String> placeholders(String label) {
        Set<String> found = new TreeSet<>();
        Matcher expression = EXPRESSION.matcher(label);
        while (expression.find()) {
            Matcher identifier = IDENTIFIER.matcher(QUOTED.matcher(expression.group(1)).replaceAll(" "));
            while (identifier.find()) {
                found.add(identifier.group());
            }
        }
        if (EXPRESSION.matcher(label).replaceAll("").contains("{}")) {
            found.add("{}");
        }
        return found;
    }

    private JsonNode english(String app) throws IOException {
        URL url = resource(APPS + app + "/locales/en.json");
        assertThat(url.toString()).as("the webapp's own en.json").contains(WEBJAR);
        return json.readTree(read(url));
    }

    private JsonNode russian(String app) throws IOException {
        return json.readTree(read(resource(APPS + app + "/locales/ru.json")));
    }

    private static URL resource(String path) {
        URL url = CamundaLocalesTest.class.getClassLoader().getResource(path);
        assertThat(url).as(path).isNotNull();
        return url;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the webapp's en.json files start with a byte order mark
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static Set<String> missing(JsonNode english, JsonNode russian) {
        Set<String> missing = fieldNames(english);
        missing.removeAll(fieldNames(russian));
        return missing;
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }
}
