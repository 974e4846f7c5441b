package org.sovet.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A fingerprint of everything a forged write could change: the domain record (plans, meetings,
 * protocols with their documents, assignments) and the engine's running state, identities and grants.
 */
@Component
public class RecordedState {

    private static final List<String> DOMAIN = List.of("work_plan", "plan_task", "plan_section", "plan_item", "plan_review",
            "plan_document", "planned_meeting", "meeting", "protocol_counter", "agenda_proposal", "agenda_no_proposals", "meeting_reply", "agenda_item", "agenda_speaker",
            "meeting_attendee", "meeting_guest", "agenda_record", "decision", "written_decision", "ballot", "protocol",
            "protocol_signature", "protocol_annex", "assignment", "assignment_report", "assignment_extension", "stored_file",
            "person", "council_role", "council_setting");
    private static final List<String> ENGINE = List.of(
            "select ID_, NAME_, TYPE_, EXECUTION_ID_, TASK_ID_, TEXT_, TEXT2_, LONG_, DOUBLE_, BYTEARRAY_ID_ from ACT_RU_VARIABLE",
            "select b.ID_, b.BYTES_ from ACT_GE_BYTEARRAY b join ACT_RU_VARIABLE v on v.BYTEARRAY_ID_ = b.ID_",
            "select ID_, NAME_, ASSIGNEE_, OWNER_, DELEGATION_, DUE_DATE_, FOLLOW_UP_DATE_, PRIORITY_, SUSPENSION_STATE_ from ACT_RU_TASK",
            "select ID_, TYPE_, USER_ID_, GROUP_ID_, TASK_ID_ from ACT_RU_IDENTITYLINK",
            "select ID_, ACT_ID_, IS_ACTIVE_, SUSPENSION_STATE_, BUSINESS_KEY_ from ACT_RU_EXECUTION",
            "select ID_, TYPE_, DUEDATE_, RETRIES_ from ACT_RU_JOB",
            "select ID_, MESSAGE_ from ACT_HI_COMMENT",
            "select ID_, NAME_ from ACT_HI_ATTACHMENT",
            "select ID_, FIRST_, LAST_, EMAIL_ from ACT_ID_USER",
            "select ID_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ from ACT_RU_AUTHORIZATION");

    private final JdbcTemplate jdbc;

    RecordedState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String fingerprint() {
        MessageDigest digest = sha256();
        DOMAIN.forEach(table -> rows("select * from " + table, digest));
        ENGINE.forEach(query -> rows(query, digest));
        return HexFormat.of().formatHex(digest.digest());
    }

    private void rows(String query, MessageDigest digest) {
        List<Map<String, Object>> rows = jdbc.queryForList(query + " order by 1");
        for (Map<String, Object> row : rows) {
            row.values().forEach(value -> digest.update(String.valueOf(value instanceof byte[] bytes
                    ? HexFormat.of().formatHex(sha256().digest(bytes)) : value).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            digest.update((byte) '\n');
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
