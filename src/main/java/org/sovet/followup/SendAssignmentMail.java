package org.sovet.followup;

import static org.sovet.followup.FollowUpProcess.Vars;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.sovet.common.RussianDates;
import org.sovet.directory.Directory;
import org.sovet.directory.Person;
import org.sovet.notify.Mail;
import org.sovet.notify.Mailing;
import org.sovet.notify.RecordLinks;
import org.springframework.stereotype.Component;

/** An assignment mail — a reminder, the due date, or the escalation of an overdue one — to each of its people, in one job. */
@Component("sendAssignmentMail")
class SendAssignmentMail implements JavaDelegate {

    private final BoundAssignment bound;

    private final AssignmentService assignments;
    private final Directory directory;
    private final Mailing mailing;
    private final AssignmentParticipants participants;

    private final AssignmentAccess followers;

    SendAssignmentMail(AssignmentService assignments, Directory directory, Mailing mailing, BoundAssignment bound,
                       AssignmentAccess followers, AssignmentParticipants participants) {
        this.followers = followers;
        this.participants = participants;
        this.bound = bound;
        this.assignments = assignments;
        this.directory = directory;
        this.mailing = mailing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var assignment = bound.of(execution);
        String kind = (String) execution.getVariable("mailKind");
        String owner = directory.person(assignment.ownerPersonId()).map(Person::fullName).orElse(assignment.owner());
        String subject = switch (kind) {
            case "reminder" -> "Напоминание: срок поручения ";
            case "due" -> "Сегодня срок поручения: ";
            default -> "Просрочено поручение: ";
        } + RussianDates.longDate(assignment.dueDate());
        List<String> everyone = mailing.recipients(execution, Vars.RECIPIENT,
                () -> "overdue".equals(kind) ? participants.escalation(execution) : participants.ownerMail(execution));
        mailing.send(execution, everyone, recipientId -> {
            Person to = directory.person(recipientId).orElseThrow(() -> new IllegalStateException("No person " + recipientId));
            return new Mail(to.email(), to.fullName(), to.greeting(), subject, "assignment", Map.of("kind", kind,
                    "assignment", assignment, "owner", owner, "due", RussianDates.longDate(assignment.dueDate()),
                    "link", link(to, assignment)), List.of());
        });
    }

    /** The assignments page, filtered to this one, for who follows it; the archive for the owner and the rest. */
    private String link(Person to, AssignmentService.Assignment assignment) {
        boolean follows = followers.followedBy(to.id()).stream().anyMatch(c -> c.id().equals(assignment.clusterId()));
        return follows ? RecordLinks.assignmentOnBoard(assignment.clusterId(), assignment.id())
                : RecordLinks.assignment(assignment.clusterId(), assignment.id());
    }
}
