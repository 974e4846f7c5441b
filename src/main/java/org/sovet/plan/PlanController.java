package org.sovet.plan;

import jakarta.servlet.http.HttpServletRequest;
import org.sovet.common.RecordNotFound;
import org.sovet.config.ClusterAccess;
import org.sovet.document.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The plan's PDF for people of its cluster, supervisors and administrators. */
@RestController
class PlanController {

    private final WorkPlanService plans;
    private final ClusterAccess access;

    PlanController(WorkPlanService plans, ClusterAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @GetMapping("/plans/{planId}/document")
    ResponseEntity<byte[]> document(@PathVariable long planId, HttpServletRequest request) {
        var user = access.user(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, "/login").build();
        }
        var plan = plans.find(planId).orElse(null);
        if (plan == null || !access.mayRead(user.get(), plan.clusterId())) {
            throw new RecordNotFound("План не найден.");
        }
        var file = plans.document(planId);
        return ResponseEntity.ok()
                .headers(Downloads.headers(file.fileName(), MediaType.APPLICATION_PDF_VALUE))
                .header("X-Content-SHA256", file.sha256())
                .body(file.content());
    }
}
