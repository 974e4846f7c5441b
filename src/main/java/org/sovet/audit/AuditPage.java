package org.sovet.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sovet.config.ClusterAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The audit trail of a plan, a meeting or an assignment, read-only, as a page and as CSV. Supervisors
 * and administrators read every cluster, the cluster's people their own; to anyone else the record
 * does not exist (404, so other clusters' ids reveal nothing).
 */
@Controller
class AuditPage {

    private static final String PLAN_MISSING = "План не найден.";
    private static final String MEETING_MISSING = "Заседание не найдено.";
    private static final String ASSIGNMENT_MISSING = "Поручение не найдено.";

    private final AuditRecords records;
    private final AuditTrails trails;
    private final ClusterAccess access;

    AuditPage(AuditRecords records, AuditTrails trails, ClusterAccess access) {
        this.records = records;
        this.trails = trails;
        this.access = access;
    }

    @GetMapping("/audit/plans/{id:\\d+}")
    String plan(@PathVariable long id, HttpServletRequest request, Model model) {
        return page(readable(records.plan(id), PLAN_MISSING, request), model);
    }

    @GetMapping("/audit/plans/{id:\\d+}.csv")
    ResponseEntity<byte[]> planCsv(@PathVariable long id, HttpServletRequest request) {
        return csv(readable(records.plan(id), PLAN_MISSING, request), "istoriya-plana-" + id + ".csv");
    }

    @GetMapping("/audit/meetings/{id:\\d+}")
    String meeting(@PathVariable long id, HttpServletRequest request, Model model) {
        return page(readable(records.meeting(id), MEETING_MISSING, request), model);
    }

    @GetMapping("/audit/meetings/{id:\\d+}.csv")
    ResponseEntity<byte[]> meetingCsv(@PathVariable long id, HttpServletRequest request) {
        return csv(readable(records.meeting(id), MEETING_MISSING, request), "istoriya-zasedaniya-" + id + ".csv");
    }

    @GetMapping("/audit/assignments/{id:\\d+}")
    String assignment(@PathVariable long id, HttpServletRequest request, Model model) {
        return page(readable(records.assignment(id), ASSIGNMENT_MISSING, request), model);
    }

    @GetMapping("/audit/assignments/{id:\\d+}.csv")
    ResponseEntity<byte[]> assignmentCsv(@PathVariable long id, HttpServletRequest request) {
        return csv(readable(records.assignment(id), ASSIGNMENT_MISSING, request), "istoriya-porucheniya-" + id + ".csv");
    }

    private String page(AuditRecord record, Model model) {
        model.addAttribute("trail", trails.of(record));
        return "pages/audit";
    }

    private ResponseEntity<byte[]> csv(AuditRecord record, String fileName) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(AuditCsv.of(trails.of(record)));
    }

    private AuditRecord readable(Optional<AuditRecord> found, String missing, HttpServletRequest request) {
        // the portal's login interceptor has sent anyone without a login to the login page already
        return found.filter(record -> access.user(request).filter(user -> access.mayRead(user, record.clusterId())).isPresent())
                .orElseThrow(() -> new Hidden(missing));
    }

    @ExceptionHandler(Hidden.class)
    ResponseEntity<String> hidden(Hidden e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(e.getMessage());
    }

    /** The record does not exist, or belongs to a cluster the reader may not see: the same answer. */
    static final class Hidden extends RuntimeException {
        Hidden(String message) {
            super(message, null, false, false);
        }
    }
}
