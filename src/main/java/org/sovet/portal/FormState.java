package org.sovet.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovet.common.InputRejectedException;
import org.sovet.common.Problems;

/**
 * A refused form of a page with many forms: which one, what was typed (shown again, so nothing is typed twice)
 * and each problem beside its field; a problem about no field of the form goes above it.
 */
public record FormState(String form, Map<String, String> values, List<Problems.Problem> problems) {

    static final FormState NONE = new FormState(null, Map.of(), List.of());

    static FormState refused(String form, Map<String, String> values, InputRejectedException e) {
        return new FormState(form, new LinkedHashMap<>(values), e.details());
    }

    public boolean is(String name) {
        return name.equals(form);
    }

    /** What was typed into the refused form, or the value the page shows otherwise. */
    public String value(String name, String field, Object shown) {
        if (is(name)) {
            return values.getOrDefault(field, "");
        }
        return shown == null ? "" : shown.toString();
    }

    /** Whether a box of the refused form was ticked, or the value shown otherwise. */
    public boolean checked(String name, String field, boolean shown) {
        return is(name) ? values.containsKey(field) : shown;
    }

    public List<String> beside(String name, String field) {
        return is(name) ? problems.stream().filter(p -> field.equals(p.field())).map(Problems.Problem::message).toList() : List.of();
    }

    public List<String> above(String name) {
        return is(name) ? problems.stream().filter(p -> p.field() == null || !values.containsKey(p.field()))
                .map(Problems.Problem::message).toList() : List.of();
    }
}
