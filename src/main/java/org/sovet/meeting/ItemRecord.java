package org.sovet.meeting;

/** «Слушали» and «Выступили» of one agenda item. */
public record ItemRecord(String heard, String spoke) {}
