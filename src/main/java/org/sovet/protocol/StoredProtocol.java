package org.sovet.protocol;

/** The stored files of a protocol; once status is SIGNED, sha256 is the PDF's and nothing changes. */
public record StoredProtocol(String status, byte[] pdf, byte[] docx, String sha256) {}
