package org.sovet.portal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovet.meeting.MeetingFixture;
import org.sovet.support.Browser;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal's pages on a phone (390 px wide): laid out for the screen, readable without zooming, never wider than it. */
class PhoneInBrowserTest extends SovetTest {

    @LocalServerPort int port;
    @Autowired MeetingFixture meeting;

    @Test
    void shouldFitEveryPortalPageToAPhonesWidth() {
        long meetingId = meeting.signedWithAssignment();

        try (Browser phone = Browser.phone(port, "phone")) {
            phone.open("/login");
            phone.waitForText("Войти");
            phone.assertFitsThePhone("login");

            phone.logInToPortal(MeetingFixture.SECRETARY);
            for (String page : List.of("/", "/portal/podosinovets", "/assignments", "/audit/meetings/" + meetingId,
                    "/meetings/" + meetingId + "/materials", "/portal/protocols/" + meetingId + "/verify")) {
                phone.open(page);
                phone.waitForText("Совет кластера");
                phone.assertFitsThePhone(page);
            }
        }
    }
}
