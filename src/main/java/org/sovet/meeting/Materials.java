package org.sovet.meeting;

import java.util.List;
import java.util.Optional;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.sovet.document.FileStore;
import org.springframework.stereotype.Service;

/** A meeting's materials: files the secretary or chair upload; members get them with the invitation. */
@Service
public class Materials {

    private final FileStore files;
    private final MeetingService meetings;
    private final Directory directory;

    Materials(FileStore files, MeetingService meetings, Directory directory) {
        this.files = files;
        this.meetings = meetings;
        this.directory = directory;
    }

    public void upload(long meetingId, String userId, String fileName, byte[] content) {
        Meeting meeting = meetings.meeting(meetingId);
        var roles = directory.rolesOf(userId, meeting.clusterId());
        if (!roles.contains(CouncilRole.SECRETARY) && !roles.contains(CouncilRole.CHAIR)) {
            throw new InputRejectedException("Материалы загружают секретарь и председатель Совета.");
        }
        MeetingStep.ADD_MATERIALS.check(meeting);
        files.save(folder(meetingId), userId, fileName, content).ifPresent(problem -> {
            throw new InputRejectedException(problem);
        });
    }

    public List<FileStore.StoredFile> of(long meetingId) {
        return files.list(folder(meetingId));
    }

    public Optional<byte[]> content(long meetingId, long fileId) {
        return files.content(folder(meetingId), fileId);
    }

    private static String folder(long meetingId) {
        return "meeting-" + meetingId;
    }
}
