package org.sovet.protocol;

/**
 * An annex of a protocol as listed: «Приложение 1. Форма ежемесячного отчета на 2 л.», with the
 * SHA-256 of the file it is (its content is read only to append, mail or download it).
 */
public record ProtocolAnnex(int number, long materialId, String title, int sheets, String fileName, String contentType,
                            String sha256) {

    /** A PDF annex is appended to the protocol's PDF; any other is a file of its own. */
    public boolean pdf() {
        return "application/pdf".equals(contentType);
    }
}
