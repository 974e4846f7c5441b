package org.sovet.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A real document as converted from Word (a copy of a seed under test resources), read as the
 * sequence of its elements: every line outside tables and every table cell, in reading order.
 * The conversion's markup is dropped: bold marks, escaped underscores, list dashes and the
 * signature line, which a printed document draws instead of typing.
 */
public final class SeedDocument {

    /** Whitespace of any kind, non-breaking too: the only thing a golden comparison may ignore. */
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|</?b>|\\[bookmark: [^]]*]");
    private static final Pattern SIGNATURE_LINE = Pattern.compile("^_+\\s*");
    private static final Pattern LIST_DASH = Pattern.compile("^- ");

    private final List<String> elements;

    private SeedDocument(List<String> elements) {
        this.elements = elements;
    }

    public static SeedDocument fromClasspath(String path) {
        try (InputStream in = SeedDocument.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No seed copy at classpath:" + path);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedDocument parse(String text) {
        List<String> elements = new ArrayList<>();
        for (String line : text.split("\n")) {
            String plain = MARKUP.matcher(line.replace("\\_", "_")).replaceAll("");
            Arrays.stream(plain.split("\t"))
                    .map(cell -> LIST_DASH.matcher(SIGNATURE_LINE.matcher(cell.strip()).replaceAll("")).replaceAll(""))
                    .filter(cell -> !cell.isBlank())
                    .forEach(elements::add);
        }
        return new SeedDocument(List.copyOf(elements));
    }

    public List<String> elements() {
        return elements;
    }

    /**
     * Where {@code printed} first departs from the original, empty if nowhere: every element must be
     * there, in order, as written, and nothing else. Whitespace and line breaks are ignored on both
     * sides, as a narrow table cell breaks lines where Word did not.
     */
    public Optional<String> firstDifference(String printed) {
        String actual = withoutWhitespace(printed);
        int at = 0;
        for (int e = 0; e < elements.size(); e++) {
            String expected = withoutWhitespace(elements.get(e));
            if (!actual.startsWith(expected, at)) {
                return Optional.of("element " + (e + 1) + " «" + elements.get(e) + "»" + (e == 0 ? "" : " after «" + elements.get(e - 1) + "»")
                        + " is printed as «" + excerpt(actual, at) + "»");
            }
            at += expected.length();
        }
        return at == actual.length() ? Optional.empty()
                : Optional.of("after the last element the printed text goes on: «" + excerpt(actual, at) + "»");
    }

    private static String excerpt(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 80));
    }

    private static String withoutWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }
}
