package org.sovet.protocol;

import org.sovet.common.InputRejectedException;

/** Where a protocol writes the decisions: under each agenda item, or as one numbered list after them. */
public enum DecisionsLayout {
    PER_ITEM,
    LIST;

    /** The secretary's choice from the form; null when the form did not say. */
    static DecisionsLayout of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("Неизвестный порядок решений в протоколе: «" + value
                    + "». Выберите «по вопросам повестки» или «единым списком».");
        }
    }
}
