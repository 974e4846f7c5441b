package org.sovet.meeting;

import static org.sovet.meeting.MeetingProcess.Vars;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Service;

/**
 * Members answer «Приду / Не приду» by a signed link of their mail, logged in or not, and may change
 * the answer until the meeting starts; the secretary sees what the answers promise.
 */
@Service
public class MeetingReplies {

    static final String FORGED = "Ссылка недействительна: откройте её из своего письма-приглашения, не изменяя.";

    private final ReplyRepository replies;
    private final ReplyLinks links;
    private final MeetingService meetings;
    private final Directory directory;
    private final QuorumForecast quorum;
    private final RuntimeService runtime;
    private final Clock clock;

    MeetingReplies(ReplyRepository replies, ReplyLinks links, MeetingService meetings, Directory directory,
                   QuorumForecast quorum, RuntimeService runtime, Clock clock) {
        this.replies = replies;
        this.links = links;
        this.meetings = meetings;
        this.directory = directory;
        this.quorum = quorum;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** The meeting a link is for; refused unless the token was signed for this member and this meeting. */
    public Meeting addressed(long meetingId, String member, String token) {
        if (!links.valid(meetingId, member, token)) {
            throw new InputRejectedException(FORGED);
        }
        return meetings.meeting(meetingId);
    }

    public void answer(long meetingId, String member, String token, MeetingReply answer) {
        Meeting meeting = addressed(meetingId, member, token);
        closed(meeting).ifPresent(why -> {
            throw new InputRejectedException(why);
        });
        if (!directory.councilMemberIds(meeting.clusterId()).contains(member)) {
            throw new InputRejectedException("Ответить может член Совета; вас нет в его составе.");
        }
        replies.answer(meetingId, member, answer, clock.instant());
        showExpected(meeting);
    }

    /** Why a meeting takes no more answers, if it does not: once begun, cancelled or voted in writing. */
    public Optional<String> closed(Meeting meeting) {
        if (meeting.status() == MeetingStatus.CANCELLED) {
            return Optional.of("Заседание отменено: ответ больше не нужен.");
        }
        if (meeting.format() == MeetingFormat.IN_WRITING) {
            return Optional.of("Заседание проводится заочно: приходить не нужно, голосуйте бюллетенем в списке задач.");
        }
        if (meeting.status() != MeetingStatus.INVITED || !clock.instant().isBefore(meeting.startsAt())) {
            return Optional.of("Заседание уже началось: ответ изменить нельзя.");
        }
        return Optional.empty();
    }

    public Optional<MeetingReply> answerOf(long meetingId, String member) {
        return Optional.ofNullable(replies.answers(meetingId).get(member));
    }

    /** Counted over the council's voting members as they are now; the quorum by the council's own rule. */
    public ExpectedAttendance expected(Meeting meeting) {
        List<String> members = directory.councilMemberIds(meeting.clusterId());
        var answers = replies.answers(meeting.id());
        int coming = (int) members.stream().filter(m -> answers.get(m) == MeetingReply.COMING).count();
        int notComing = (int) members.stream().filter(m -> answers.get(m) == MeetingReply.NOT_COMING).count();
        boolean quorumExpected = !members.isEmpty() && quorum.expected(meeting.clusterId(), members.size(), coming);
        return new ExpectedAttendance(coming, notComing, members.size() - coming - notComing, quorumExpected);
    }

    String link(Meeting meeting, String member, MeetingReply answer) {
        return links.url(meeting.id(), member, answer);
    }

    /** The secretary's manage form shows the answers as text: a variable of display, never read back. */
    void showExpected(Meeting meeting) {
        if (meeting.processInstanceId() != null
                && runtime.createProcessInstanceQuery().processInstanceId(meeting.processInstanceId()).count() == 1) {
            runtime.setVariable(meeting.processInstanceId(), Vars.EXPECTED_ATTENDANCE, expected(meeting).text());
        }
    }
}
