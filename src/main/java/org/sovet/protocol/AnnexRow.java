package org.sovet.protocol;

/**
 * One meeting material in the protocol review form: an annex when the secretary numbers it.
 *
 * @param materialId the stored file, checked against the meeting's materials on submission
 * @param number its place among the annexes (Приложение 1, 2 …); null: not an annex
 * @param sheets as the protocol states it («на 2 л.»); null for a PDF: its page count
 */
record AnnexRow(Long materialId, String fileName, Integer number, String title, Integer sheets) {}
