package org.sovet.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovet.meeting.MeetingFixture.item;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sovet.directory.Directory;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member follows «Не приду» from his invitation without logging in and confirms; the secretary sees the
 * answers and whether a quorum is expected in her task and in the archive.
 */
class MeetingRepliesInBrowserTest extends SovetTest {

    private static final Pattern NOT_COMING = Pattern.compile("href=\"https?://[^/\"]+(/meetings/\\d+/reply\\?[^\"]*answer=NOT_COMING[^\"]*)\"");

    @LocalServerPort int port;
    @Autowired MeetingFixture meeting;
    @Autowired MeetingReplies replies;
    @Autowired Directory directory;

    @Test
    void shouldLetAMemberDeclineFromHisMailAndShowTheSecretaryTheExpectedAttendance() throws Exception {
        var instance = meeting.invited("IN_PERSON", List.of(item("Анализ работы кластера", "Воронцов А.Н.", 10)));
        long meetingId = meeting.meetingId(instance);
        int silent = directory.councilMemberIds(MeetingFixture.CLUSTER).size() - 1;
        String expected = "Придут: 0, не придут: 1, не ответили: " + silent + ". Кворум не ожидается.";

        try (Browser member = new Browser(port, "reply-from-mail")) {
            member.open(notComingLink(invitationTo("belyaev")));
            member.waitForText("Заседание Координационного Совета № ");
            member.screenshot("asked-to-confirm");
            member.clickButton("Подтвердить: «Не приду»");
            member.waitForText("Ваш ответ записан: «Не приду».");
            assertThat(member.text()).contains("Ответить «Приду»");
            member.screenshot("answer-recorded");
        }
        assertThat(replies.answerOf(meetingId, "belyaev")).contains(MeetingReply.NOT_COMING);

        try (Browser secretary = new Browser(port, "expected-attendance")) {
            secretary.logInToTasklist(MeetingFixture.SECRETARY);
            secretary.chooseFilter("Мои задачи");
            secretary.openTask("Провести, перенести или отменить заседание");
            secretary.waitForText(expected);
            secretary.screenshot("manage-task-with-answers");
            secretary.open("/portal/" + MeetingFixture.CLUSTER);
            secretary.visible(By.cssSelector(".expected"));
            assertThat(secretary.text()).contains(expected);
            secretary.screenshot("archive-with-answers");
        }
    }

    private static MimeMessage invitationTo(String member) throws Exception {
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getSubject().startsWith("Приглашение") && message.getAllRecipients()[0].toString().contains(member + "@")) {
                return message;
            }
        }
        throw new AssertionError("no invitation to " + member);
    }

    /** The link as the member's mail program opens it, on this test's server. */
    private static String notComingLink(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        String html = ((Multipart) mixed.getBodyPart(0).getContent()).getBodyPart(0).getContent().toString();
        Matcher matcher = NOT_COMING.matcher(html);
        assertThat(matcher.find()).as("a «Не приду» link in the invitation").isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }
}
