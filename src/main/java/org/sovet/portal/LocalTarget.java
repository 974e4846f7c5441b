package org.sovet.portal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Where to go after logging in: a path of this application, never another site (no open redirect). */
final class LocalTarget {

    static final String HOME = "/";

    /** A slash and printable ASCII: no spaces, no line breaks, no Cyrillic that would need encoding. */
    private static final Pattern PATH = Pattern.compile("/[\\x21-\\x7E]*");

    private LocalTarget() {}

    static String of(String next) {
        if (next == null || !PATH.matcher(next).matches() || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login") || next.startsWith("/logout")) {
            return HOME;
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : HOME;
        } catch (URISyntaxException e) {
            return HOME;
        }
    }
}
