package org.sovet.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A meeting in writing: the secretary's draft decisions, one ballot per voting member until the
 * deadline, and the count, where quorum is the share of ballots cast.
 */
@Service
public class WrittenVoteService {

    private static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");
    private static final String SECOND_BALLOT = "Вы уже проголосовали: второй бюллетень не принимается.";

    private final SessionRepository records;
    private final SessionValidator validator;
    private final BallotRepository ballots;
    private final MeetingService meetings;
    private final CouncilRules rules;
    private final Directory directory;
    private final Clock clock;

    WrittenVoteService(SessionRepository records, SessionValidator validator, BallotRepository ballots,
                       MeetingService meetings, CouncilRules rules, Directory directory, Clock clock) {
        this.records = records;
        this.validator = validator;
        this.ballots = ballots;
        this.meetings = meetings;
        this.rules = rules;
        this.directory = directory;
        this.clock = clock;
    }

    /** Stores the draft decisions and returns the ballot every member fills in. */
    public List<BallotItem> open(long meetingId, String opening, List<SessionItem> items) {
        meetings.require(meetingId, MeetingStep.OPEN_WRITTEN_VOTE);
        // drafts carry no votes yet: checked as if none were cast
        validator.checkSession(opening, null, items.stream().map(i -> new SessionItem(i.title(), i.speakerName(), i.heard(), i.spoke(),
                i.decisions().stream().map(d -> new SessionItem.DecisionDraft(d.text(), d.kind(), null, null, null, d.owner(), d.due(), null)).toList()))
                .toList(), Integer.MAX_VALUE, meetings.agenda(meetingId).size());
        if (items.stream().allMatch(i -> i.decisions().isEmpty())) {
            throw new InputRejectedException("Для заочного голосования предложите хотя бы один проект решения.");
        }
        meetings.claim(records.recordNarrative(meetingId, SessionService.blankToNull(opening), null, items, MeetingStep.OPEN_WRITTEN_VOTE),
                meetingId, MeetingStep.OPEN_WRITTEN_VOTE);
        ballots.replaceDrafts(meetingId, items);
        List<BallotItem> ballot = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ballot.add(new BallotItem(items.get(i).title(), ballots.drafts(meetingId, i).stream()
                    .map(d -> new BallotItem.Choice(d.text(), null, null)).toList()));
        }
        return ballot;
    }

    /** One member's ballot: only their own, only once, only before the deadline, a choice on every decision. */
    public void cast(long meetingId, String memberId, String actingUser, List<BallotItem> ballot) {
        Meeting meeting = meetings.require(meetingId, MeetingStep.CAST_BALLOT);
        if (actingUser != null && !actingUser.equals(memberId)) {
            throw new InputRejectedException("Голосовать можно только своим бюллетенем.");
        }
        if (directory.councilMembers(meeting.clusterId()).stream().noneMatch(p -> p.id().equals(memberId))) {
            throw new InputRejectedException("Голосуют только члены Совета этого кластера.");
        }
        if (meeting.votingDeadline() != null && !clock.instant().isBefore(meeting.votingDeadline())) {
            throw new InputRejectedException("Голосование закрыто " + RussianDates.shortDate(
                    meeting.votingDeadline().atZone(meetings.zone(meeting.clusterId())).toLocalDate()) + ".");
        }
        if (ballots.hasVoted(meetingId, memberId)) {
            throw new InputRejectedException(SECOND_BALLOT);
        }
        for (int i = 0; i < ballot.size(); i++) {
            var drafts = ballots.drafts(meetingId, i);
            for (int d = 0; d < drafts.size(); d++) {
                var choice = d < ballot.get(i).decisions().size() ? ballot.get(i).decisions().get(d) : null;
                if (choice == null || !CHOICES.contains(choice.choice())) {
                    throw new InputRejectedException("Вопрос " + (i + 1) + ", решение " + (d + 1) + ": выберите «за», «против» или «воздержался».");
                }
                if (choice.comment() != null && choice.comment().length() > 1000) {
                    throw new InputRejectedException("Комментарий слишком длинный: не более 1000 знаков.");
                }
                try {
                    ballots.cast(meetingId, memberId, i, d, choice.choice(), SessionService.blankToNull(choice.comment()), clock.instant());
                } catch (DuplicateKeyException sameBallotSubmittedTwiceAtOnce) {
                    throw new InputRejectedException(SECOND_BALLOT);
                }
            }
        }
    }

    public List<String> nonVoters(long meetingId) {
        var voted = ballots.voters(meetingId);
        return new ArrayList<>(directory.councilMembers(meetings.meeting(meetingId).clusterId()).stream()
                .map(Person::id).filter(id -> !voted.contains(id)).toList());
    }

    /** Counts the ballots: the voters are those present; without a quorum nothing is adopted. */
    public List<Decision> count(long meetingId) {
        Meeting meeting = meetings.require(meetingId, MeetingStep.COUNT_BALLOTS);
        List<String> voters = ballots.voters(meetingId);
        // the denominator is the council at the moment of counting: who left before voting is not in it; a ballot
        // cast by someone who left afterwards stays counted, with its voter, since it was valid when cast
        Set<String> members = new HashSet<>(directory.councilMemberIds(meeting.clusterId()));
        members.addAll(voters);
        int voting = members.size();
        Ruling quorum = rules.quorum(meeting.clusterId(), voting, voters.size());
        meetings.claim(records.recordAttendance(meetingId, new Attendance(voters, null, null, null), List.of(), voting, quorum,
                MeetingStep.COUNT_BALLOTS), meetingId, MeetingStep.COUNT_BALLOTS);
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < meetings.agenda(meetingId).size(); i++) {
            var drafts = ballots.drafts(meetingId, i);
            for (int d = 0; d < drafts.size(); d++) {
                var draft = drafts.get(d);
                int votesFor = ballots.count(meetingId, i, d, "FOR");
                Ruling adoption = quorum.result() ? rules.adopted(meeting.clusterId(), draft.kind(), votesFor, voters.size()) : null;
                decisions.add(new Decision(0, i, d, draft.text(), draft.kind(), votesFor, ballots.count(meetingId, i, d, "AGAINST"),
                        ballots.count(meetingId, i, d, "ABSTAIN"), adoption != null && adoption.result(),
                        adoption == null ? null : adoption.ruleVersion(), draft.owner(), draft.due(),
                        RussianDates.dueDate(draft.due()), false));
            }
        }
        records.replaceDecisions(meetingId, decisions);
        meetings.markHeld(meetingId);
        return records.decisions(meetingId);
    }
}
