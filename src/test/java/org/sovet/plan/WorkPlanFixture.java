package org.sovet.plan;

import static org.sovet.plan.WorkPlanProcess.Vars;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sovet.support.Scenario;
import org.springframework.stereotype.Component;

/** Drives the plan approval the way Tasklist does: start form, task forms, claim, submit. */
@Component
public class WorkPlanFixture {

    public static final String CLUSTER = "podosinovets";
    public static final String METHODIST = "kolesnikova";
    public static final String DIRECTOR = "vorontsov";

    private final TaskService tasks;
    private final Scenario scenario;
    private final ObjectMapper json = new ObjectMapper();

    WorkPlanFixture(TaskService tasks, Scenario scenario) {
        this.tasks = tasks;
        this.scenario = scenario;
    }

    public ProcessInstance start(String clusterId, Object year, String methodist) {
        return scenario.startForm(WorkPlanProcess.KEY, clusterId, methodist, Map.of(Vars.PLAN_YEAR, year));
    }

    public ProcessInstance start(int year) {
        return start(CLUSTER, year, METHODIST);
    }

    public Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    public void draft(ProcessInstance instance, PlanContent content, String action) {
        Map<String, Object> variables = new HashMap<>(formVariables(content));
        variables.put(Vars.DRAFT_ACTION, action);
        submit(instance, METHODIST, variables);
    }

    public void approve(ProcessInstance instance, String orderNumber, LocalDate orderDate) {
        submit(instance, DIRECTOR, Map.of(Vars.REVIEW_DECISION, WorkPlanProcess.DECISION_APPROVE,
                Vars.ORDER_NUMBER, orderNumber, Vars.ORDER_DATE, orderDate == null ? "" : orderDate.toString()));
    }

    public void returnWithRemarks(ProcessInstance instance, String remarks) {
        submit(instance, DIRECTOR, Map.of(Vars.REVIEW_DECISION, WorkPlanProcess.DECISION_RETURN,
                Vars.REVIEW_REMARKS, remarks));
    }

    public void submit(ProcessInstance instance, String userId, Map<String, Object> variables) {
        scenario.submitForm(task(instance), userId, variables);
    }

    /** The form's variables as form-js sends them: lists as JSON. */
    public Map<String, Object> formVariables(PlanContent content) {
        try {
            return Map.of(
                    Vars.GOAL, content.goal(),
                    Vars.TASKS, SpinValues.jsonValue(json.writeValueAsString(content.tasks())).create(),
                    Vars.SECTIONS, SpinValues.jsonValue(json.writeValueAsString(content.sections())).create());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An excerpt of the Podosinovets plan for 2023 (seed 003). */
    public static PlanContent podosinovetsPlan() {
        return new PlanContent(
                "повышение качества образования через создание единого образовательного пространства муниципалитета и округа",
                List.of(new PlanContent.Task("развитие механизмов сотрудничества образовательных организаций и социальных партнеров"),
                        new PlanContent.Task("формирование современной системы профессиональной ориентации.")),
                List.of(new PlanContent.Section("I", "Организационно-методическая деятельность", List.of()),
                        new PlanContent.Section("1", "Нормативно-правовое обеспечение", List.of(
                                new PlanContent.Item("1.1", "Внесение изменений (коррекция) в план работы образовательного кластера",
                                        "В течение года", "Методист опорной школы", "План работы образовательного кластера"),
                                new PlanContent.Item("1.3", "Корректировка плана работы сетевого профильного класса",
                                        "Январь, сентябрь", "Директор опорной школы, методист", "План работы СПК"))),
                        new PlanContent.Section("2", "Взаимодействие между опорной школой и органами местного самоуправления", List.of(
                                new PlanContent.Item("2.1", "Проведение заседаний образовательного кластера и Координационного Совета",
                                        "1 раз в квартал", "Председатель Координационного Совета, методист ИРО Кировской обл",
                                        "План заседаний координационного Совета"))),
                        new PlanContent.Section("4.1", "Совместные мероприятия с педагогами школ", List.of(
                                new PlanContent.Item("4.1.2", "Окружные педагогические чтения «Константин Дмитриевич Ушинский - народный педагог»",
                                        "Январь-февраль", "Руководители ОМО, РМО, ШМО, методист опорной школы",
                                        "Положение, информационные материалы, протокол, пост-релиз")))));
    }
}
