package org.sovet.document;

import java.util.Locale;

/**
 * Text in a single-byte Russian code page (Windows-1251, as 1C and older Excel export CSV), which Tika
 * reads as binary: accepted when named .txt or .csv and free of control bytes, which text never has.
 */
final class SingleByteText {

    private SingleByteText() {}

    static String of(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".txt")) {
            return OfficeContainers.UNKNOWN;
        }
        for (byte b : content) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F) {
                return OfficeContainers.UNKNOWN;
            }
        }
        return csv ? "text/csv" : "text/plain";
    }
}
