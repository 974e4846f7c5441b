package org.sovet.plan;

import java.util.HashMap;
import java.util.Map;
import org.sovet.common.RussianDates;
import org.sovet.directory.Cluster;
import org.sovet.directory.Directory;
import org.sovet.directory.Organization;
import org.sovet.directory.Person;
import org.sovet.document.PdfRenderer;
import org.springframework.stereotype.Component;

/** The plan as the councils print it: the «УТВЕРЖДАЮ» block, title, goal, tasks and the table. */
@Component
class PlanDocumentRenderer {

    private final PdfRenderer pdf;
    private final Directory directory;

    PlanDocumentRenderer(PdfRenderer pdf, Directory directory) {
        this.pdf = pdf;
        this.directory = directory;
    }

    /** {@code approverActing}: the director's substitute approved it, «И.о. директора». */
    byte[] render(WorkPlan plan, PlanContent content, boolean approverActing) {
        return pdf(html(plan, content, approverActing));
    }

    byte[] pdf(String html) {
        return pdf.pdf(html, "pdf/work-plan");
    }

    /** What the PDF prints, as XHTML: the same XHTML prints the same PDF. */
    String html(WorkPlan plan, PlanContent content, boolean approverActing) {
        Cluster cluster = directory.cluster(plan.clusterId());
        String anchor = directory.anchorSchool(plan.clusterId()).map(Organization::shortName).orElse("опорной школы");
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("content", content);
        model.put("cluster", cluster);
        model.put("anchorSchool", anchor);
        model.put("draft", !plan.approved());
        model.put("approverActing", approverActing);
        model.put("approverName", directory.person(plan.approvedBy()).map(Person::initialsAndSurname).orElse(""));
        model.put("orderDate", RussianDates.shortDate(plan.orderDate()));
        return pdf.html("pdf/work-plan", model);
    }

    static String fileName(WorkPlan plan) {
        return "plan-" + plan.clusterId() + "-" + plan.planYear() + ".pdf";
    }
}
