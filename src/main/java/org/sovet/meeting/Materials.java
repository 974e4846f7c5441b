package org.sovet.meeting;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A meeting's materials: files the secretary or chair upload; members get them with the invitation. */
@Service
public class Materials {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final Directory directory;
    private final Clock clock;

    Materials(JdbcClient jdbc, MeetingService meetings, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.directory = directory;
        this.clock = clock;
    }

    public void upload(long meetingId, String userId, String fileName, String contentType, byte[] content) {
        Meeting meeting = meetings.meeting(meetingId);
        var roles = directory.rolesOf(userId, meeting.clusterId());
        if (!roles.contains(CouncilRole.SECRETARY) && !roles.contains(CouncilRole.CHAIR)) {
            throw new InputRejectedException("Материалы загружают секретарь и председатель Совета.");
        }
        if (meeting.status() == MeetingStatus.SIGNED || meeting.status() == MeetingStatus.CANCELLED) {
            throw new InputRejectedException("Заседание закрыто: материалы к нему больше не добавляются.");
        }
        if (fileName == null || fileName.isBlank() || content == null || content.length == 0) {
            throw new InputRejectedException("Выберите файл.");
        }
        if (content.length > MAX_BYTES) {
            throw new InputRejectedException("Файл больше 20 МБ.");
        }
        String name = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
        jdbc.sql("insert into meeting_material (meeting_id, file_name, content_type, content, size_bytes, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(meetingId, name, contentType == null ? "application/octet-stream" : contentType, content, content.length,
                        userId, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    public List<Material> of(long meetingId) {
        return jdbc.sql("select id, meeting_id, file_name, content_type, size_bytes from meeting_material where meeting_id = ? order by id")
                .param(meetingId).query(Material.class).list();
    }

    public Optional<byte[]> content(long meetingId, long materialId) {
        return jdbc.sql("select content from meeting_material where meeting_id = ? and id = ?").params(meetingId, materialId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** A material as listed: the content is read only when downloaded or mailed. */
    public record Material(long id, long meetingId, String fileName, String contentType, int sizeBytes) {}
}
