package org.sovet.meeting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sovet.config.SovetProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links «Приду / Не приду» of a member's meeting mail. Their token is an HMAC of the meeting and
 * the member under a key stored in the database: nobody can make one for another member or meeting,
 * and one token serves both answers, so the member can change her mind.
 */
@Component
class ReplyLinks {

    private final ReplyRepository replies;
    private final String baseUrl;
    private volatile byte[] key;

    ReplyLinks(ReplyRepository replies, SovetProperties properties) {
        this.replies = replies;
        this.baseUrl = properties.baseUrl();
    }

    String url(long meetingId, String member, MeetingReply answer) {
        return UriComponentsBuilder.fromUriString(baseUrl).path("/meetings/{id}/reply")
                .queryParam("member", member).queryParam("answer", answer.name()).queryParam("token", token(meetingId, member))
                .buildAndExpand(meetingId).encode().toUriString();
    }

    boolean valid(long meetingId, String member, String token) {
        return member != null && token != null && MessageDigest.isEqual(
                token(meetingId, member).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    private String token(long meetingId, String member) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signed = mac.doFinal((meetingId + "\n" + member).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        if (key == null) {
            key = replies.linkKey();
        }
        return key;
    }
}
