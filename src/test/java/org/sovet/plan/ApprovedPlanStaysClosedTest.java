package org.sovet.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovet.plan.WorkPlanFixture.podosinovetsPlan;
import static org.sovet.support.DatabaseRefusals.assertRefused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sovet.common.ClosedRecordException;
import org.sovet.support.SovetTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An approved plan, its content and its PDF never change, through Sovet or around it. */
class ApprovedPlanStaysClosedTest extends SovetTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Kirov"));
    private static final String CLOSED = "План на " + TODAY.getYear() + " год утверждён приказом № 1-од";

    @Autowired WorkPlanFixture plan;
    @Autowired WorkPlanService plans;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldRefuseAnyChangeToAnApprovedPlanWhateverProcessPointsAtIt() {
        long id = approved();
        WorkPlan before = plans.plan(id);
        String pdf = plans.document(id).sha256();
        PlanContent other = new PlanContent("Другая цель", podosinovetsPlan().tasks(), podosinovetsPlan().sections());

        ProcessInstance next = plan.start(TODAY.getYear() + 1);
        runtime.setVariable(next.getId(), WorkPlanProcess.Vars.PLAN_ID, id);
        // the draft goes to the plan bound to its own process, whatever the variable says
        plan.draft(next, other, WorkPlanProcess.ACTION_SAVE);
        for (Runnable change : List.<Runnable>of(
                () -> plans.saveDraft(id, other),
                () -> plans.submit(id, other),
                () -> plans.returnToAuthor(id, WorkPlanFixture.DIRECTOR, "Переделать."),
                () -> plans.approve(id, "2-од", TODAY, WorkPlanFixture.DIRECTOR),
                () -> plans.attachProcess(id, next.getId()))) {
            assertThatThrownBy(change::run).isInstanceOf(ClosedRecordException.class).hasMessageContaining(CLOSED);
        }
        plans.withdrawIfUnfinished(id);

        assertThat(plans.plan(id)).isEqualTo(before);
        assertThat(plans.content(id)).isEqualTo(podosinovetsPlan());
        assertThat(plans.document(id).sha256()).isEqualTo(pdf);
    }

    @Test
    void shouldRefuseDirectSqlChangesToAnApprovedPlanAndItsRows() {
        long id = approved();
        WorkPlan before = plans.plan(id);

        assertRefused(jdbc, "План утверждён и не может быть изменён.",
                "update work_plan set status = 'DRAFT' where id = " + id,
                "update work_plan set goal = 'Другая цель', order_number = '2-од' where id = " + id,
                "delete from work_plan where id = " + id,
                "update plan_task set text = 'Другая задача' where plan_id = " + id,
                "delete from plan_task where plan_id = " + id,
                "insert into plan_task (plan_id, position, text) values (" + id + ", 99, 'Лишняя задача')",
                "update plan_section set title = 'Другой раздел' where plan_id = " + id,
                "delete from plan_section where plan_id = " + id,
                "insert into plan_section (plan_id, position, number, title) values (" + id + ", 99, '9.', 'Лишний раздел')",
                "update plan_item set responsible = 'Другой' where plan_id = " + id,
                "delete from plan_item where plan_id = " + id,
                "insert into plan_item (plan_id, section_position, position, number, what, period, responsible)"
                        + " values (" + id + ", 0, 99, '1.99', 'Лишнее', 'май', 'Шилов О.П.')",
                "update plan_document set sha256 = 'подмена' where plan_id = " + id,
                "delete from plan_document where plan_id = " + id,
                "update plan_review set remarks = 'Задним числом' where plan_id = " + id,
                "delete from plan_review where plan_id = " + id);

        assertThat(plans.plan(id)).isEqualTo(before);
        assertThat(plans.content(id)).isEqualTo(podosinovetsPlan());
        assertThat(plans.reviews(id)).singleElement().extracting(PlanReview::decision).isEqualTo("APPROVED");
    }

    private long approved() {
        ProcessInstance instance = plan.start(TODAY.getYear());
        plan.draft(instance, podosinovetsPlan(), WorkPlanProcess.ACTION_SUBMIT);
        plan.approve(instance, "1-од", TODAY);
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(WorkPlanProcess.Vars.PLAN_ID).singleResult().getValue();
    }
}
