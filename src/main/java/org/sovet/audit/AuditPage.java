package org.sovet.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.sovet.common.RecordNotFound;
import org.sovet.config.ClusterAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The audit trail of a plan, a meeting or an assignment, read-only, as a page and as CSV. Supervisors
 * and administrators read every cluster, the cluster's people their own; to anyone else the record
 * does not exist (404, so other clusters' ids reveal nothing).
 */
@Controller
class AuditPage {

    /** Each kind of record by its address: how it is found, its CSV file name, its «not found» answer. */
    private record Kind(BiFunction<AuditRecords, Long, Optional<AuditRecord>> find, String fileName, String missing) {}

    private static final Map<String, Kind> KINDS = Map.of(
            "plans", new Kind(AuditRecords::plan, "istoriya-plana-", "План не найден."),
            "meetings", new Kind(AuditRecords::meeting, "istoriya-zasedaniya-", "Заседание не найдено."),
            "assignments", new Kind(AuditRecords::assignment, "istoriya-porucheniya-", "Поручение не найдено."));

    private final AuditRecords records;
    private final AuditTrails trails;
    private final ClusterAccess access;
    private final DirectoryChangeLog changes;

    AuditPage(AuditRecords records, AuditTrails trails, ClusterAccess access, DirectoryChangeLog changes) {
        this.changes = changes;
        this.records = records;
        this.trails = trails;
        this.access = access;
    }

    @GetMapping("/audit/{kind:plans|meetings|assignments}/{id:\\d+}")
    String page(@PathVariable String kind, @PathVariable long id, HttpServletRequest request, Model model) {
        AuditRecord record = readable(kind, id, request);
        String user = access.user(request).orElseThrow();
        // the directory's own trail, for those who may read it
        model.addAttribute("directoryChanges", changes.mayRead(user, record.clusterId()));
        model.addAttribute("allDirectoryChanges", changes.readsAll(user));
        return page(record, model);
    }

    @GetMapping("/audit/{kind:plans|meetings|assignments}/{id:\\d+}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String kind, @PathVariable long id, HttpServletRequest request) {
        return csv(readable(kind, id, request), KINDS.get(kind).fileName() + id + ".csv");
    }

    private String page(AuditRecord record, Model model) {
        model.addAttribute("trail", trails.of(record));
        return "pages/audit";
    }

    private ResponseEntity<byte[]> csv(AuditRecord record, String fileName) {
        return AuditCsv.of(trails.of(record)).download(fileName);
    }

    private AuditRecord readable(String kind, long id, HttpServletRequest request) {
        Kind found = KINDS.get(kind);
        // the portal's login interceptor has sent anyone without a login to the login page already
        return found.find().apply(records, id).filter(record -> access.user(request).filter(user -> access.mayRead(user, record.clusterId())).isPresent())
                .orElseThrow(() -> new RecordNotFound(found.missing()));
    }

}
