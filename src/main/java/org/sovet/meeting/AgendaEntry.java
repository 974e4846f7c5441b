package org.sovet.meeting;

/**
 * One agenda item, proposed or approved: what, who speaks (a member by id, or a named guest
 * with position and organization) and the time limit («регламент»); speaker and limit only if the
 * council gives them.
 *
 * @param materials what is attached, as the protocol will reference it («Приложение 1 …»)
 */
public record AgendaEntry(String title, String speakerId, String speakerName, String speakerPosition,
                          String speakerOrganization, Integer minutes, String materials) {}
