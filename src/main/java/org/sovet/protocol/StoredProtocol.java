package org.sovet.protocol;

/**
 * The stored files of a protocol; once status is SIGNED, sha256 is the PDF's and nothing changes. While
 * {@code preparing} the draft is still being rendered: the files are none or an earlier draft's, not to be shown.
 */
public record StoredProtocol(String status, byte[] pdf, byte[] docx, String sha256, boolean preparing) {}
