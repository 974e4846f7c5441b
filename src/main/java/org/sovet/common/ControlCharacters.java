package org.sovet.common;

import java.util.regex.Pattern;

/**
 * Characters no keyboard types into a text field (NUL, escape and the like; tab and line breaks are
 * text): in a record or a document they are a forgery or a broken tool, so every entry refuses them.
 */
public final class ControlCharacters {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private ControlCharacters() {}

    public static boolean in(String text) {
        return text != null && CONTROL.matcher(text).find();
    }
}
