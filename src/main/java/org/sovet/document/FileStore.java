package org.sovet.document;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.sovet.common.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Uploaded files by folder («meeting-12», «assignment-7»); who may add or read is the feature's rule. */
@Component
public class FileStore {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    static final String REFUSED_TYPE = "Файл такого вида не принимается. Загрузите документ (PDF, Word, Excel, PowerPoint,"
            + " OpenDocument, RTF, текст или CSV) или изображение JPEG или PNG.";

    private final JdbcClient jdbc;
    private final Clock clock;

    FileStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the file under the content type its bytes show (what the browser claimed is not asked: it
     * goes into invitation mails); returns a Russian reason when it cannot, or empty when stored.
     */
    public Optional<String> save(String folder, String userId, String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || content == null || content.length == 0) {
            return Optional.of("Выберите файл.");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("Файл больше 20 МБ.");
        }
        String contentType = UploadTypes.of(fileName, content).orElse(null);
        if (contentType == null) {
            return Optional.of(REFUSED_TYPE);
        }
        String name = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
        jdbc.sql("insert into stored_file (folder, file_name, content_type, content, size_bytes, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(folder, name, contentType, content, content.length, userId, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return Optional.empty();
    }

    public List<StoredFile> list(String folder) {
        return jdbc.sql("select id, folder, file_name, content_type, size_bytes from stored_file where folder = ? order by id")
                .param(folder).query(RecordRows.of(StoredFile.class)).list();
    }

    public Optional<byte[]> content(String folder, long id) {
        return jdbc.sql("select content from stored_file where folder = ? and id = ?").params(folder, id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** A file as listed; the content is read only when downloaded or mailed. */
    public record StoredFile(long id, String folder, String fileName, String contentType, int sizeBytes) {}
}
