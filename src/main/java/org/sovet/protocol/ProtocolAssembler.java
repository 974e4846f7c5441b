package org.sovet.protocol;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.directory.Organization;
import org.sovet.directory.Person;
import org.sovet.meeting.AgendaEntry;
import org.sovet.meeting.Attendance;
import org.sovet.meeting.Decision;
import org.sovet.meeting.ItemRecord;
import org.sovet.meeting.Meeting;
import org.sovet.meeting.MeetingFormat;
import org.sovet.meeting.MeetingService;
import org.sovet.meeting.RuleNames;
import org.sovet.meeting.SessionNarrative;
import org.sovet.meeting.SessionService;
import org.springframework.stereotype.Component;

/** Builds the protocol from the meeting's record: nobody retypes what was recorded. */
@Component
class ProtocolAssembler {

    private final MeetingService meetings;
    private final SessionService sessions;
    private final Directory directory;
    private final ProtocolRepository protocols;
    private final RuleNames rules;
    private final AnnexRepository annexes;

    ProtocolAssembler(MeetingService meetings, SessionService sessions, Directory directory, ProtocolRepository protocols,
                      RuleNames rules, AnnexRepository annexes) {
        this.annexes = annexes;
        this.meetings = meetings;
        this.sessions = sessions;
        this.directory = directory;
        this.protocols = protocols;
        this.rules = rules;
    }

    DecisionsLayout decisionsLayout(long meetingId) {
        return DecisionsLayout.valueOf(protocols.decisionsLayout(meetingId)
                .orElseGet(() -> directory.settings(meetings.meeting(meetingId).clusterId()).decisionsLayout()));
    }

    ProtocolView assemble(long meetingId, List<ProtocolView.Signer> signers, boolean draft) {
        Meeting meeting = meetings.meeting(meetingId);
        Cluster cluster = directory.cluster(meeting.clusterId());
        ZoneId zone = ZoneId.of(cluster.timeZone());
        SessionNarrative narrative = sessions.narrative(meetingId);
        Attendance attendance = sessions.attendance(meetingId);
        ProtocolView.Quorum quorum = quorum(meetingId, meeting.clusterId());
        // the academic year heads the protocols of councils numbering by it; a calendar year adds nothing to the date
        String period = meeting.numberingPeriod().contains("-") ? meeting.numberingPeriod() + " учебный год" : null;
        return new ProtocolView(cluster.councilTitle(), period,
                meeting.protocolNumber(), meeting.startsAt().atZone(zone).toLocalDate(), meeting.format().title(),
                meeting.format() == MeetingFormat.IN_WRITING,
                // only the format's own: a place typed before the format changed to online is not where it was held
                meeting.format() == MeetingFormat.IN_PERSON ? meeting.place() : null,
                meeting.format() == MeetingFormat.ONLINE ? meeting.link() : null, meeting.theme(), meeting.organizers(),
                attendees(attendance, meeting.clusterId()), attendance.membersCount(), attendance.audience(),
                sessions.guests(meetingId).stream()
                        .map(g -> new ProtocolView.Participant(g.name(), g.position(), g.organization(), null))
                        .toList(),
                quorum, narrative.opening(), items(meetingId, meeting.clusterId(), quorum != null), decisionsLayout(meetingId) == DecisionsLayout.LIST, narrative.closing(),
                annexes.of(meetingId), signers, draft);
    }

    private List<ProtocolView.Participant> attendees(Attendance attendance, String clusterId) {
        return attendance.memberIds().stream()
                .map(id -> directory.person(id).orElseThrow())
                .sorted((a, b) -> Integer.compare(rank(a, clusterId), rank(b, clusterId)))
                .map(p -> new ProtocolView.Participant(p.surnameAndInitials(), p.position(), organization(p),
                        String.join(", ", directory.heldRolesOf(p.id(), clusterId).stream()
                                // the anchor school's director approves in Sovet; in the council a position, printed already
                                .filter(role -> role != CouncilRole.DIRECTOR).map(ProtocolAssembler::lower).toList())))
                .toList();
    }

    /** As recorded when decided: the counts and the rule's version then, so a later rule does not rewrite it. */
    private ProtocolView.Quorum quorum(long meetingId, String clusterId) {
        return sessions.quorum(meetingId)
                .map(q -> new ProtocolView.Quorum(q.present(), q.votingMembers(), q.reached(), q.ruleVersion() == null ? null
                        : new ProtocolView.Rule(rules.quorum(clusterId, q.ruleVersion()), q.ruleVersion())))
                .orElse(null);
    }

    /** Without a quorum established (the audience alone recorded) no adoption was either: {@code adopted} prints as unknown. */
    private List<ProtocolView.Item> items(long meetingId, String clusterId, boolean quorumDecided) {
        List<AgendaEntry> agenda = meetings.agenda(meetingId);
        List<ItemRecord> records = sessions.itemRecords(meetingId);
        List<Decision> decisions = sessions.decisions(meetingId);
        List<ProtocolView.Item> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaEntry entry = agenda.get(i);
            ItemRecord record = i < records.size() ? records.get(i) : new ItemRecord(null, null);
            int position = i;
            items.add(new ProtocolView.Item(i + 1, entry.title(), speaker(entry), entry.minutes(), entry.materials(),
                    record.heard(), record.spoke(),
                    decisions.stream().filter(d -> d.itemPosition() == position)
                            .map(d -> new ProtocolView.Decision(d.text(), d.votesFor(), d.votesAgainst(), d.votesAbstain(),
                                    quorumDecided ? d.adopted() : null, d.owner(), d.due(), "QUALIFIED".equals(d.kind()),
                                    d.adoptionRuleVersion() == null ? null
                                            : new ProtocolView.Rule(rules.adoption(clusterId, d.adoptionRuleVersion()), d.adoptionRuleVersion()),
                                    d.votedTogether()))
                            .toList()));
        }
        return items;
    }

    private String organization(Person person) {
        String name = directory.organization(person.organizationId()).map(Organization::shortName).orElse(null);
        return name == null || (person.position() != null && person.position().contains(name)) ? null : name;
    }

    private int rank(Person person, String clusterId) {
        return directory.heldRolesOf(person.id(), clusterId).stream().mapToInt(Enum::ordinal).min().orElse(99);
    }

    /** Every speaker of the item in order, «О.А.Жилина, Т.В.Боханова»; null when the item names none. */
    private static String speaker(AgendaEntry entry) {
        String speakers = Stream.concat(Stream.of(speaker(entry.speakerPosition(), entry.speakerOrganization(), entry.speakerName())),
                        entry.coSpeakers().stream().map(s -> speaker(s.position(), s.organization(), s.name())))
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        return speakers.isEmpty() ? null : speakers;
    }

    /** «Заместитель директора ВМЛ Устюжанин А.В.»: position, organization (unless the position names it) and name. */
    private static String speaker(String jobTitle, String organizationName, String name) {
        String position = blankToNull(jobTitle);
        String organization = blankToNull(organizationName);
        if (position != null && organization != null && position.contains(organization)) {
            organization = null;
        }
        String speaker = Stream.of(position, organization, blankToNull(name)).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return speaker.isEmpty() ? null : speaker;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String lower(CouncilRole role) {
        return role.title().substring(0, 1).toLowerCase(Locale.ROOT) + role.title().substring(1);
    }
}
