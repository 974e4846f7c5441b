package org.sovet.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.sovet.common.Hashes;
import org.sovet.common.InputRejectedException;
import org.sovet.directory.staff.StaffList;
import org.sovet.directory.staff.StaffListReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's staff list imported in two steps: the upload is read and kept, its preview shows what would change; only the
 * keeper's confirmation changes the directory, through {@link DirectoryChanges}, in one transaction, and only when the
 * directory still gives the very plan previewed.
 */
@Service
public class StaffImport {

    /** The upload as previewed; {@code sameFileAppliedAt}: when this very file was applied to the cluster before. */
    public record Preview(String importId, String fileName, OffsetDateTime appliedAt, String appliedSummary,
                          OffsetDateTime sameFileAppliedAt, StaffPlan plan) {}

    private static final String NOT_FOUND = "Предварительный просмотр не найден: загрузите файл ещё раз.";

    private final StaffImports imports;
    private final StaffPlanner planner;
    private final StaffApplier applier;
    private final DirectoryRights rights;
    private final ObjectMapper json;
    private final Clock clock;

    StaffImport(StaffImports imports, StaffPlanner planner, StaffApplier applier, DirectoryRights rights, ObjectMapper json,
                Clock clock) {
        this.imports = imports;
        this.planner = planner;
        this.applier = applier;
        this.rights = rights;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the person keeps the cluster's council: its secretary, chair, or a regional administrator. */
    public boolean mayImport(String actor, String clusterId) {
        return rights.mayKeep(actor, clusterId);
    }

    /** Reads and keeps the file; changes nothing in the directory. Returns the upload's id for its preview. */
    @Transactional
    public String upload(String actor, String clusterId, String fileName, byte[] content) {
        rights.requireKeeper(actor, clusterId);
        StaffList list = StaffListReader.read(content);
        imports.forgetUnappliedBefore(clock.instant().minus(Duration.ofDays(7)));
        String id = UUID.randomUUID().toString();
        imports.save(new StaffImports.Stored(id, clusterId, actor, clock.instant().atOffset(ZoneOffset.UTC),
                fileName == null || fileName.isBlank() ? "список" : fileName.strip(), Hashes.sha256(content), write(list), null, null));
        return id;
    }

    /** What confirming the upload would change now. */
    @Transactional(readOnly = true)
    public Preview preview(String actor, String clusterId, String importId) {
        rights.requireKeeper(actor, clusterId);
        StaffImports.Stored stored = stored(actor, clusterId, importId);
        return new Preview(stored.id(), stored.fileName(), stored.appliedAt(), stored.summary(),
                imports.appliedBefore(clusterId, stored.fileHash()).orElse(null), planner.plan(actor, clusterId, read(stored)));
    }

    /**
     * Applies the previewed plan; {@code fingerprint} is the plan the keeper saw, {@code withRemovals} their tick to take
     * the absent members off the council. Returns the summary the audit records.
     */
    @Transactional
    public String apply(String actor, String clusterId, String importId, boolean withRemovals, String fingerprint) {
        rights.requireKeeper(actor, clusterId);
        StaffImports.Stored stored = stored(actor, clusterId, importId);
        if (stored.appliedAt() != null) {
            throw new InputRejectedException("Этот список уже применён: " + stored.summary() + ".");
        }
        StaffPlan plan = planner.plan(actor, clusterId, read(stored));
        if (!plan.fingerprint().equals(fingerprint)) {
            throw new InputRejectedException("Справочник кластера изменился после предварительного просмотра. Посмотрите"
                    + " изменения ещё раз и только потом применяйте.");
        }
        String summary = applier.apply(actor, clusterId, plan, withRemovals, stored.fileName());
        if (!imports.markApplied(importId, actor, clock.instant(), summary)) {
            throw new InputRejectedException("Этот список уже применён.");
        }
        return summary;
    }

    private StaffImports.Stored stored(String actor, String clusterId, String importId) {
        return Optional.ofNullable(importId).flatMap(imports::find)
                .filter(s -> s.clusterId().equals(clusterId) && s.uploadedBy().equals(actor))
                .orElseThrow(() -> new InputRejectedException(NOT_FOUND));
    }

    private String write(StaffList list) {
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A staff list cannot be written as JSON", e);
        }
    }

    private StaffList read(StaffImports.Stored stored) {
        try {
            return json.readValue(stored.rows(), StaffList.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored staff list " + stored.id() + " cannot be read", e);
        }
    }
}
