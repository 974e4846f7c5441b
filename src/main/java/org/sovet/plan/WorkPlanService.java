package org.sovet.plan;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.sovet.common.ClosedRecordException;
import org.sovet.common.Hashes;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.springframework.stereotype.Service;

/** The life of an annual work plan from the first draft to the approved, frozen document. */
@Service
public class WorkPlanService {

    private final WorkPlanRepository plans;
    private final PlanDocuments documents;
    private final DraftPlanDocuments drafts;
    private final PlanValidator validator;
    private final PlanDocumentRenderer renderer;
    private final PlannedMeetings plannedMeetings;
    private final Directory directory;
    private final Clock clock;

    WorkPlanService(WorkPlanRepository plans, PlanDocuments documents, DraftPlanDocuments drafts, PlanValidator validator,
                    PlanDocumentRenderer renderer, PlannedMeetings plannedMeetings, Directory directory, Clock clock) {
        this.plans = plans;
        this.documents = documents;
        this.drafts = drafts;
        this.validator = validator;
        this.renderer = renderer;
        this.plannedMeetings = plannedMeetings;
        this.directory = directory;
        this.clock = clock;
    }

    /** Opens a new draft for the cluster and year; refuses a second plan for the same year. */
    public long open(String clusterId, Integer year, String author) {
        validator.checkYear(year);
        for (WorkPlan existing : plans.findByClusterAndYear(clusterId, year)) {
            if (existing.approved()) {
                throw new InputRejectedException("План на " + year + " год уже утверждён приказом № " + existing.orderNumber()
                        + " от " + RussianDates.shortDate(existing.orderDate()) + ".");
            }
            if (existing.status() != PlanStatus.WITHDRAWN) {
                throw new InputRejectedException("План на " + year + " год уже готовится (" + existing.status().title().toLowerCase()
                        + "): продолжите работу в его задаче.");
            }
        }
        return plans.insert(clusterId, year, author, clock.instant());
    }

    public void attachProcess(long planId, String processInstanceId) {
        if (!plans.attachProcess(planId, processInstanceId)) {
            throw refusal(planId, "привязать его к другому процессу");
        }
    }

    /**
     * The plan a process is about: the one bound to it at its start, in the process's own cluster.
     * A variable naming a plan is no proof: a person could have written it.
     */
    public WorkPlan ofProcess(String processInstanceId, String clusterId) {
        return plans.findByProcess(processInstanceId).filter(plan -> plan.clusterId().equals(clusterId))
                .orElseThrow(() -> new InputRejectedException("Этот процесс не относится ни к одному плану кластера."));
    }

    /** A process that ends without approval (cancelled in Cockpit) may never have opened its plan. */
    public Optional<WorkPlan> findOfProcess(String processInstanceId) {
        return plans.findByProcess(processInstanceId);
    }

    /** The latest approved plan of the cluster, as a starting point for the next one. */
    public Optional<PlanContent> previousContent(String clusterId) {
        return plans.latestApproved(clusterId).map(p -> plans.content(p.id()));
    }

    public void saveDraft(long planId, PlanContent content) {
        validator.checkDraft(content);
        store(planId, content);
    }

    public void submit(long planId, PlanContent content) {
        validator.checkComplete(content);
        store(planId, content);
        if (!plans.markSubmitted(planId, clock.instant())) {
            throw refusal(planId, "отправить его на утверждение");
        }
    }

    public void checkReturn(String remarks) {
        validator.checkReturn(remarks);
    }

    public void returnToAuthor(long planId, String reviewer, String remarks) {
        validator.checkReturn(remarks);
        if (!plans.markReturned(planId, reviewer, remarks.trim(), clock.instant())) {
            throw refusal(planId, "вернуть его");
        }
    }

    /**
     * The cluster's director decides, and never on a plan they opened themselves, unless the
     * council's settings say one person holds both roles.
     */
    public void checkReviewer(long planId, String reviewer) {
        WorkPlan plan = plan(planId);
        if (reviewer == null || !directory.rolesOf(reviewer, plan.clusterId()).contains(CouncilRole.DIRECTOR)) {
            throw new InputRejectedException("Утверждает план директор опорной школы этого кластера.");
        }
        if (reviewer.equals(plan.createdBy()) && !directory.settings(plan.clusterId()).dualRolesAllowed()) {
            throw new InputRejectedException("Нельзя утвердить план, который вы составляли сами: его утверждает директор.");
        }
    }

    public void checkApproval(long planId, String orderNumber, LocalDate orderDate) {
        WorkPlan plan = plan(planId);
        validator.checkApproval(plan, orderNumber, orderDate, zoneOf(plan));
    }

    /** Approves by order, freezes the plan, stores its PDF and records the planned meetings. */
    public List<LocalDate> approve(long planId, String orderNumber, LocalDate orderDate, String approver) {
        checkApproval(planId, orderNumber, orderDate);
        // the director's substitute approves as «И.о. директора», in the record and in the stored PDF alike
        boolean acting = directory.actingIn(approver, plan(planId).clusterId(), CouncilRole.DIRECTOR);
        if (!plans.markApproved(planId, orderNumber.trim(), orderDate, approver, acting, clock.instant())) {
            throw refusal(planId, "утвердить его");
        }
        WorkPlan approved = plan(planId);
        PlanContent content = plans.content(planId);
        documents.store(planId, PlanDocumentRenderer.fileName(approved), renderer.render(approved, content, acting),
                clock.instant());
        drafts.forget(planId);
        List<LocalDate> meetings = plannedMeetings.datesFor(approved.planYear(), content);
        plannedMeetings.record(approved.clusterId(), planId, meetings);
        return meetings;
    }

    /** Marks an unfinished plan as withdrawn when its approval process ends without approval. */
    public void withdrawIfUnfinished(long planId) {
        plans.withdraw(planId, clock.instant());
    }

    /** Every plan of the cluster, the latest year first. */
    public List<WorkPlan> ofCluster(String clusterId) {
        return plans.ofCluster(clusterId);
    }

    public java.util.Optional<WorkPlan> find(long planId) {
        return plans.find(planId);
    }

    public WorkPlan plan(long planId) {
        return plans.find(planId).orElseThrow(() -> new InputRejectedException("План № " + planId + " не найден."));
    }

    public PlanContent content(long planId) {
        return plans.content(planId);
    }

    public List<PlanReview> reviews(long planId) {
        return plans.reviews(planId);
    }

    /** The stored PDF of an approved plan, or the «проект» of a draft, rendered again only when what it prints changed. */
    public PlanFile document(long planId) {
        WorkPlan plan = plan(planId);
        return documents.find(planId)
                .map(d -> new PlanFile(d.fileName(), d.content(), d.sha256()))
                .orElseGet(() -> {
                    String html = renderer.html(plan, plans.content(planId), false);
                    String source = Hashes.sha256(html.getBytes(StandardCharsets.UTF_8));
                    byte[] pdf = drafts.find(planId, source).orElseGet(() -> {
                        byte[] rendered = renderer.pdf(html);
                        drafts.store(planId, source, rendered);
                        return rendered;
                    });
                    return new PlanFile("proekt-" + PlanDocumentRenderer.fileName(plan), pdf, Hashes.sha256(pdf));
                });
    }

    public List<PlannedMeeting> plannedMeetings(long planId) {
        return plannedMeetings.ofPlan(planId);
    }

    public ZoneId zoneOf(WorkPlan plan) {
        return ZoneId.of(directory.cluster(plan.clusterId()).timeZone());
    }

    private void store(long planId, PlanContent content) {
        if (!plans.replaceContent(planId, content, clock.instant())) {
            throw refusal(planId, "изменить его");
        }
    }

    /** Why a write found the plan elsewhere than its step needs: approved for good, or not in the right state. */
    private InputRejectedException refusal(long planId, String action) {
        WorkPlan plan = plan(planId);
        return plan.approved()
                ? new ClosedRecordException("План на " + plan.planYear() + " год утверждён приказом № " + plan.orderNumber() + " от "
                        + RussianDates.shortDate(plan.orderDate()) + ": " + action + " нельзя.")
                : new InputRejectedException("План сейчас в состоянии «" + plan.status().title() + "»: " + action + " нельзя.");
    }

    public record PlanFile(String fileName, byte[] content, String sha256) {}
}
