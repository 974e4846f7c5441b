package org.sovet.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sovet.audit.AuditRecord.Fact;
import org.sovet.common.InputRejectedException;
import org.sovet.common.RussianDates;
import org.sovet.config.SovetProperties;
import org.sovet.directory.Directory;
import org.sovet.followup.AssignmentService;
import org.sovet.meeting.EnteredAfterwardsNote;
import org.sovet.meeting.Meeting;
import org.sovet.meeting.MeetingService;
import org.sovet.plan.WorkPlan;
import org.sovet.plan.WorkPlanService;
import org.springframework.stereotype.Component;

/**
 * Finds a plan, meeting or assignment by its id and says what it is. Each record keeps the id of
 * the process instance that carries it (work_plan, meeting and assignment .process_instance_id,
 * written when the process opens the record), which is how its history is found.
 */
@Component
class AuditRecords {

    private final WorkPlanService plans;
    private final MeetingService meetings;
    private final AssignmentService assignments;
    private final Directory directory;
    private final People people;
    private final EnteredAfterwardsNote entered;
    private final ZoneId zone;

    AuditRecords(WorkPlanService plans, MeetingService meetings, AssignmentService assignments, Directory directory,
                 People people, EnteredAfterwardsNote entered, SovetProperties properties) {
        this.entered = entered;
        this.plans = plans;
        this.meetings = meetings;
        this.assignments = assignments;
        this.directory = directory;
        this.people = people;
        this.zone = properties.timeZone();
    }

    Optional<AuditRecord> plan(long id) {
        return plans.find(id).map(plan -> record("/audit/plans/" + id, plan.clusterId(),
                "План работы кластера на " + plan.planYear() + " год", plan.processInstanceId(),
                new Fact("Состояние", plan.status().title()), approval(plan)));
    }

    Optional<AuditRecord> meeting(long id) {
        return found(() -> meetings.meeting(id)).map(meeting -> record("/audit/meetings/" + id, meeting.clusterId(),
                "Заседание Координационного Совета, протокол № " + meeting.protocolNumber(), meeting.processInstanceId(),
                new Fact("Дата", When.format(meeting.startsAt(), zone)), new Fact("Формат", meeting.format().title()),
                meeting.theme() == null ? null : new Fact("Тема", meeting.theme()), new Fact("Состояние", meeting.status().title()),
                meeting.enteredAfterwards() ? new Fact("Внесено", entered.of(meeting)) : null));
    }

    Optional<AuditRecord> assignment(long id) {
        return found(() -> assignments.find(id)).map(a -> {
            Meeting meeting = meetings.meeting(a.meetingId());
            return record("/audit/assignments/" + id, a.clusterId(), "Поручение № " + id, a.processInstanceId(),
                    new Fact("Поручение", a.text()),
                    new Fact("Заседание", "протокол № " + meeting.protocolNumber() + " от "
                            + RussianDates.longDate(meeting.startsAt().atZone(zone).toLocalDate())),
                    new Fact("Исполнитель", a.owner() + (a.ownerPersonId() == null ? "" : " — " + people.name(a.ownerPersonId()))),
                    new Fact("Контролёр", people.name(a.controllerId())),
                    new Fact("Срок", a.dueText() == null ? RussianDates.shortDate(a.dueDate()) : a.dueText()),
                    new Fact("Состояние", a.stateTitle()));
        });
    }

    private AuditRecord record(String path, String clusterId, String title, String processInstanceId, Fact... facts) {
        List<Fact> all = new ArrayList<>(List.of(new Fact("Кластер", directory.cluster(clusterId).name())));
        for (Fact fact : facts) {
            if (fact != null) {
                all.add(fact);
            }
        }
        return new AuditRecord(path, clusterId, title, all, processInstanceId);
    }

    private static Fact approval(WorkPlan plan) {
        return plan.approved() ? new Fact("Утверждён", "приказом № " + plan.orderNumber() + " от "
                + RussianDates.shortDate(plan.orderDate())) : null;
    }

    /** The services refuse an unknown id in Russian; for the trail it is simply not there. */
    private static <T> Optional<T> found(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (InputRejectedException e) {
            return Optional.empty();
        }
    }
}
