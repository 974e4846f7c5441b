package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.RussianDates;
import org.sovet.config.SovetProperties;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.notify.CalendarEvent;
import org.sovet.notify.Mail;
import org.sovet.notify.Mailing;
import org.sovet.notify.RecordLinks;
import org.sovet.notify.MeetingCalendar;
import org.springframework.stereotype.Component;

/**
 * A meeting mail — invitation, reminder, update or cancellation — to every member, in the step's one job,
 * with the agenda and a calendar event whose UID stays the same, so calendar programs update one entry.
 */
@Component("sendMeetingMail")
class SendMeetingMail implements JavaDelegate {

    private final BoundMeeting bound;

    private final MeetingService meetings;
    private final Directory directory;
    private final Mailing mailing;
    private final MeetingCalendar calendar;
    private final Materials materials;
    private final MeetingReplies replies;
    private final MeetingParticipants participants;
    private final String baseUrl;

    SendMeetingMail(MeetingService meetings, Directory directory, Mailing mailing, MeetingCalendar calendar, Materials materials,
                    BoundMeeting bound, MeetingReplies replies, MeetingParticipants participants, SovetProperties properties) {
        this.replies = replies;
        this.participants = participants;
        this.baseUrl = properties.baseUrl();
        this.bound = bound;
        this.meetings = meetings;
        this.directory = directory;
        this.mailing = mailing;
        this.calendar = calendar;
        this.materials = materials;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingMailKind kind = MeetingMailKind.valueOf(((String) execution.getVariable("mailKind")).toUpperCase());
        // a closed meeting gets no invitation, reminder or update
        Meeting meeting = meetings.require(bound.of(execution),
                kind == MeetingMailKind.CANCELLATION ? MeetingStep.MAIL_CANCELLATION : MeetingStep.MAIL_MEMBERS);
        var zone = meetings.zone(meeting.clusterId());
        var start = meeting.startsAt().atZone(zone);
        String cluster = directory.cluster(meeting.clusterId()).name();
        String title = "Заседание Координационного Совета № " + meeting.protocolNumber();
        var agenda = meetings.agenda(meeting.id());
        var model = new HashMap<String, Object>();
        model.put("kind", kind.name());
        model.put("title", title);
        model.put("clusterName", cluster);
        model.put("meeting", meeting);
        model.put("archive", RecordLinks.meeting(meeting.clusterId(), meeting.id()));
        model.put("format", meeting.format().title());
        model.put("date", RussianDates.longDate(start.toLocalDate()));
        // a written meeting has no hour to show: its members vote by the deadline
        model.put("time", meeting.format() == MeetingFormat.IN_WRITING ? null
                : String.format("%02d:%02d", start.getHour(), start.getMinute()));
        model.put("votingDeadline", meeting.votingDeadline() == null ? null
                : RussianDates.longDate(meeting.votingDeadline().atZone(zone).toLocalDate()));
        model.put("agenda", agenda);
        // «Приду / Не приду» while the answer may still change; a meeting in writing has nobody to come
        boolean answers = kind != MeetingMailKind.CANCELLATION && kind != MeetingMailKind.BALLOT_REMINDER
                && replies.closed(meeting).isEmpty();
        List<Mail.Attachment> attachments = attachments(kind, meeting, event(meeting, title + " — " + cluster, start,
                CalendarDescription.of(meeting, agenda, baseUrl)));
        String subject = kind.subject() + ": " + title + ", " + RussianDates.shortDate(start.toLocalDate());
        List<String> everyone = mailing.recipients(execution, Vars.MEMBER, () -> kind == MeetingMailKind.BALLOT_REMINDER
                ? participants.nonVoters(execution) : participants.members(execution));
        mailing.send(execution, everyone, memberId -> {
            Person member = directory.person(memberId).orElseThrow(() -> new IllegalStateException("No member " + memberId));
            var own = new HashMap<>(model);
            own.put("replyComing", answers ? replies.link(meeting, member.id(), MeetingReply.COMING) : null);
            own.put("replyNotComing", answers ? replies.link(meeting, member.id(), MeetingReply.NOT_COMING) : null);
            return new Mail(member.email(), member.fullName(), member.greeting(), subject, "meeting", own, attachments);
        });
    }

    /** A ballot reminder is about a deadline, not a calendar event; materials go with the invitation. */
    private List<Mail.Attachment> attachments(MeetingMailKind kind, Meeting meeting, CalendarEvent event) {
        var attachments = new ArrayList<Mail.Attachment>();
        if (kind != MeetingMailKind.BALLOT_REMINDER) {
            boolean cancel = kind == MeetingMailKind.CANCELLATION;
            attachments.add(new Mail.Attachment("zasedanie-" + meeting.protocolNumber() + ".ics",
                    cancel ? MeetingCalendar.CANCEL_TYPE : MeetingCalendar.REQUEST_TYPE, cancel ? calendar.cancel(event) : calendar.request(event)));
        }
        if (kind == MeetingMailKind.INVITATION) {
            materials.of(meeting.id()).forEach(m -> attachments.add(new Mail.Attachment(m.fileName(), m.contentType(),
                    materials.content(meeting.id(), m.id()).orElseThrow())));
        }
        return attachments;
    }

    private CalendarEvent event(Meeting meeting, String summary, java.time.ZonedDateTime start, String description) {
        Person secretary = directory.person(meeting.createdBy()).orElse(null);
        var attendees = directory.councilMembers(meeting.clusterId()).stream()
                .map(p -> new CalendarEvent.Attendee(p.fullName(), p.email(),
                        replies.answerOf(meeting.id(), p.id()).map(answer -> answer == MeetingReply.COMING).orElse(null)))
                .toList();
        return new CalendarEvent("meeting-" + meeting.id() + "@sovet", meeting.calendarSequence(), start,
                meeting.format() == MeetingFormat.IN_WRITING ? null : Duration.ofMinutes(meeting.durationMinutes()), summary, description, meeting.place(), meeting.link(),
                secretary == null ? "Секретарь Совета" : secretary.fullName(),
                secretary == null ? "sovet@example.org" : secretary.email(), attendees);
    }
}
