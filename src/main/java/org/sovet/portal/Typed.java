package org.sovet.portal;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a person typed into a page's form, without the form token, to show it again with the problems. */
final class Typed {

    private Typed() {}

    static Map<String, String> values(Map<String, String> posted) {
        Map<String, String> typed = new LinkedHashMap<>(posted);
        typed.remove(FormToken.FIELD);
        return typed;
    }

    static String text(Map<String, String> typed, String field) {
        String value = typed.get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
