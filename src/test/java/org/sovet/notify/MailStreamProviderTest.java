package org.sovet.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

/** Every multipart and encoded header asks Jakarta Mail for its stream provider: it is named, not searched for. */
class MailStreamProviderTest {

    @Test
    void shouldNameTheStreamProviderOnceTheMailDeliveryIsLoaded() throws Exception {
        Class.forName(SmtpDelivery.class.getName());

        assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(MailStreamProvider.class.getName());
        assertThat(new MimeMultipart("mixed").getCount()).isZero();
        assertThat(MimeUtility.decodeText(MimeUtility.encodeText("Протокол № 3 подписан", "UTF-8", "B")))
                .isEqualTo("Протокол № 3 подписан");
    }
}
