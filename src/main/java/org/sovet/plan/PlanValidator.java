package org.sovet.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.sovet.common.InputRejectedException;
import org.sovet.common.Problems;
import org.sovet.config.SovetProperties;
import org.sovet.plan.WorkPlanProcess.Vars;
import org.springframework.stereotype.Component;

/** Server-side checks of every plan submission; browser checks are only a convenience. */
@Component
class PlanValidator {

    static final int MAX_GOAL = 2000;
    static final int MAX_TEXT = 1000;
    static final int MAX_NUMBER = 20;
    static final int MAX_TITLE = 500;
    static final int MAX_PERIOD = 200;
    static final int MAX_RESPONSIBLE = 500;
    static final int MAX_REMARKS = 4000;
    static final int MAX_SECTIONS = 60;
    static final int MAX_ITEMS = 400;
    static final int MAX_TASKS = 30;
    private static final int MAX_ORDER_NUMBER = 30;
    private static final Pattern ORDER_NUMBER = Pattern.compile("[0-9A-Za-zА-Яа-яЁё№/.\\- ]+");

    private final Clock clock;
    private final SovetProperties.Plan settings;

    PlanValidator(Clock clock, SovetProperties properties) {
        this.clock = clock;
        this.settings = properties.plan();
    }

    void checkYear(Integer year) {
        int current = Year.now(clock).getValue();
        int min = current + settings.minYearOffset();
        int max = current + settings.maxYearOffset();
        if (year == null) {
            throw new InputRejectedException("Укажите год, на который составляется план.");
        }
        if (year < min || year > max) {
            throw new InputRejectedException("План можно составить на год с " + min + " по " + max + ", а указан " + year + ".");
        }
    }

    /** A saved draft may be incomplete, but never oversized. */
    void checkDraft(PlanContent plan) {
        Problems problems = new Problems();
        checkSizes(plan, problems);
        reject(problems);
    }

    /** A plan sent to the director must be complete. */
    void checkComplete(PlanContent plan) {
        Problems problems = new Problems();
        checkSizes(plan, problems);
        if (blank(plan.goal())) {
            problems.add(Vars.GOAL, "Укажите цель работы кластера.");
        }
        if (plan.tasks().stream().allMatch(t -> blank(t.text()))) {
            problems.add(plan.tasks().isEmpty() ? Vars.TASKS : PlanFields.task(0), "Укажите хотя бы одну задачу.");
        }
        if (plan.itemCount() == 0) {
            problems.add(Vars.SECTIONS, "План пуст: добавьте хотя бы один раздел с мероприятием.");
        }
        for (int s = 0; s < plan.sections().size(); s++) {
            PlanContent.Section section = plan.sections().get(s);
            String where = "Раздел " + (s + 1);
            if (blank(section.title())) {
                problems.add(PlanFields.section(s, "title"), where + ": укажите название раздела.");
            }
            for (int i = 0; i < section.items().size(); i++) {
                PlanContent.Item item = section.items().get(i);
                String row = where + ", мероприятие " + (i + 1);
                if (blank(item.number())) problems.add(PlanFields.item(s, i, "number"), row + ": укажите номер (например, 1.1).");
                if (blank(item.what())) problems.add(PlanFields.item(s, i, "what"), row + ": укажите наименование мероприятия.");
                if (blank(item.period())) problems.add(PlanFields.item(s, i, "period"), row + ": укажите срок реализации.");
                if (blank(item.responsible())) problems.add(PlanFields.item(s, i, "responsible"), row + ": укажите ответственного.");
            }
        }
        reject(problems);
    }

    void checkApproval(WorkPlan plan, String orderNumber, LocalDate orderDate, ZoneId zone) {
        Problems problems = new Problems();
        if (blank(orderNumber)) {
            problems.add(Vars.ORDER_NUMBER, "Укажите номер приказа об утверждении плана (например, 1-од).");
        } else if (orderNumber.length() > MAX_ORDER_NUMBER || !ORDER_NUMBER.matcher(orderNumber.trim()).matches()) {
            problems.add(Vars.ORDER_NUMBER, "Номер приказа может содержать только буквы, цифры, «-», «/» и «.» (не более " + MAX_ORDER_NUMBER + " знаков).");
        }
        if (orderDate == null) {
            problems.add(Vars.ORDER_DATE, "Укажите дату приказа.");
        } else {
            LocalDate drafted = plan.createdAt().atZone(zone).toLocalDate();
            LocalDate today = LocalDate.now(clock.withZone(zone));
            if (orderDate.isBefore(drafted)) {
                problems.add(Vars.ORDER_DATE, "Дата приказа не может быть раньше начала работы над планом (" + org.sovet.common.RussianDates.shortDate(drafted) + ").");
            }
            if (orderDate.isAfter(today)) {
                problems.add(Vars.ORDER_DATE, "Дата приказа не может быть позже сегодняшнего дня.");
            }
        }
        reject(problems);
    }

    void checkReturn(String remarks) {
        if (blank(remarks)) {
            throw InputRejectedException.about(Vars.REVIEW_REMARKS, "Напишите замечания: методист увидит их при доработке плана.");
        }
        if (remarks.length() > MAX_REMARKS) {
            throw InputRejectedException.about(Vars.REVIEW_REMARKS, "Замечания слишком длинные: не более " + MAX_REMARKS + " знаков.");
        }
    }

    private static void checkSizes(PlanContent plan, Problems problems) {
        tooLong(plan.goal(), MAX_GOAL, "Цель", Vars.GOAL, problems);
        if (plan.tasks().size() > MAX_TASKS) problems.add("Задач не может быть больше " + MAX_TASKS + ".");
        if (plan.sections().size() > MAX_SECTIONS) problems.add("Разделов не может быть больше " + MAX_SECTIONS + ".");
        if (plan.itemCount() > MAX_ITEMS) problems.add("Мероприятий не может быть больше " + MAX_ITEMS + ".");
        for (int t = 0; t < plan.tasks().size(); t++) {
            tooLong(plan.tasks().get(t).text(), MAX_TEXT, "Задача " + (t + 1), PlanFields.task(t), problems);
        }
        for (int s = 0; s < plan.sections().size(); s++) {
            PlanContent.Section section = plan.sections().get(s);
            tooLong(section.number(), MAX_NUMBER, "Раздел " + (s + 1) + ", номер", PlanFields.section(s, "number"), problems);
            tooLong(section.title(), MAX_TITLE, "Раздел " + (s + 1) + ", название", PlanFields.section(s, "title"), problems);
            for (int i = 0; i < section.items().size(); i++) {
                PlanContent.Item item = section.items().get(i);
                String row = "Раздел " + (s + 1) + ", мероприятие " + (i + 1);
                tooLong(item.number(), MAX_NUMBER, row + ", номер", PlanFields.item(s, i, "number"), problems);
                tooLong(item.what(), MAX_TEXT, row + ", наименование", PlanFields.item(s, i, "what"), problems);
                tooLong(item.period(), MAX_PERIOD, row + ", срок", PlanFields.item(s, i, "period"), problems);
                tooLong(item.responsible(), MAX_RESPONSIBLE, row + ", ответственный", PlanFields.item(s, i, "responsible"), problems);
                tooLong(item.result(), MAX_TEXT, row + ", результат", PlanFields.item(s, i, "result"), problems);
            }
        }
    }

    private static void tooLong(String text, int max, String label, String field, Problems problems) {
        if (text != null && text.length() > max) {
            problems.add(field, label + ": слишком длинный текст (" + text.length() + " знаков, допустимо " + max + ").");
        }
    }

    /** A plan may hold hundreds of rows: the message names the first eight problems, the fields show all. */
    private static void reject(Problems problems) {
        problems.reject(8, more -> "…и ещё " + more + " замечаний.");
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
