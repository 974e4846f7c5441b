package org.sovet.meeting;

import jakarta.servlet.http.HttpServletResponse;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a mail's link «Приду / Не приду» opens, without a login: the link's token is the proof. Opening
 * it only asks to confirm, so a mail scanner following links answers nothing; the button records the answer.
 */
@Controller
class ReplyPage {

    private final MeetingReplies replies;
    private final MeetingService meetings;

    ReplyPage(MeetingReplies replies, MeetingService meetings) {
        this.replies = replies;
        this.meetings = meetings;
    }

    @GetMapping("/meetings/{meetingId}/reply")
    String confirm(@PathVariable long meetingId, @RequestParam String member, @RequestParam MeetingReply answer,
                   @RequestParam String token, Model model, HttpServletResponse response) {
        try {
            Meeting meeting = replies.addressed(meetingId, member, token);
            var closed = replies.closed(meeting);
            if (closed.isPresent()) {
                return refused(closed.get(), HttpStatus.CONFLICT, model, response);
            }
            return page(meeting, member, answer, token, false, model);
        } catch (InputRejectedException e) {
            return refused(e.getMessage(), HttpStatus.FORBIDDEN, model, response);
        }
    }

    @PostMapping("/meetings/{meetingId}/reply")
    String record(@PathVariable long meetingId, @RequestParam String member, @RequestParam MeetingReply answer,
                  @RequestParam String token, Model model, HttpServletResponse response) {
        try {
            replies.answer(meetingId, member, token, answer);
            return page(meetings.meeting(meetingId), member, answer, token, true, model);
        } catch (InputRejectedException e) {
            return refused(e.getMessage(), MeetingReplies.FORGED.equals(e.getMessage()) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT,
                    model, response);
        }
    }

    private String page(Meeting meeting, String member, MeetingReply answer, String token, boolean recorded, Model model) {
        var start = meeting.startsAt().atZone(meetings.zone(meeting.clusterId()));
        model.addAttribute("title", "Заседание Координационного Совета № " + meeting.protocolNumber());
        model.addAttribute("when", RussianDates.longDate(start.toLocalDate()) + String.format(", %02d:%02d", start.getHour(), start.getMinute()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("member", member);
        model.addAttribute("answer", answer);
        model.addAttribute("token", token);
        model.addAttribute("recorded", recorded);
        model.addAttribute("previous", replies.answerOf(meeting.id(), member).orElse(null));
        model.addAttribute("other", answer == MeetingReply.COMING ? MeetingReply.NOT_COMING : MeetingReply.COMING);
        return "pages/meeting-reply";
    }

    private static String refused(String message, HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("title", "Ответ не принят");
        model.addAttribute("message", message);
        return "pages/message";
    }
}
