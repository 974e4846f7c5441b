package org.sovet.notify;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.sovet.config.SovetProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo profile's SMTP server inside the app; its mail is read on the /mail page. */
@Component
@ConditionalOnProperty(name = "sovet.demo.mail-server.enabled", havingValue = "true")
public class DemoMailServer implements DisposableBean {

    private final GreenMail greenMail;

    DemoMailServer(SovetProperties properties) {
        ServerSetup smtp = new ServerSetup(properties.demo().mailServer().smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        greenMail = new GreenMail(smtp).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    /** Received messages in the order they arrived; the index is the message's number on the page. */
    public List<MimeMessage> messages() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }
}
