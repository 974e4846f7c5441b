package org.sovet.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Carries out an import's plan through {@link DirectoryChanges}, so each change is checked, audited, mirrored into Camunda
 * and announced (a new person's invitation, a departure's hand-over) as if made on the directory page; then one audit row
 * sums the import up. The keeper's own row comes last: ending her own secretary role first would take her right to go on.
 */
@Component
class StaffApplier {

    private final DirectoryChanges changes;
    private final DirectoryAudit audit;
    private final Directory directory;

    StaffApplier(DirectoryChanges changes, DirectoryAudit audit, Directory directory) {
        this.changes = changes;
        this.audit = audit;
        this.directory = directory;
    }

    String apply(String actor, String clusterId, StaffPlan plan, boolean withRemovals, String fileName) {
        List<StaffLine> lines = new ArrayList<>(plan.lines().stream()
                .filter(l -> l.kind() == StaffLine.Kind.ADDED || l.kind() == StaffLine.Kind.CHANGED).toList());
        lines.sort(Comparator.comparing(l -> actor.equals(l.personId())));
        if (withRemovals) {
            plan.removals().forEach(r -> remove(actor, clusterId, r));
        }
        for (StaffLine line : lines) {
            if (line.kind() == StaffLine.Kind.ADDED) {
                add(actor, clusterId, line);
            } else {
                change(actor, clusterId, line);
            }
        }
        String summary = "Импорт списка: добавлено " + plan.added() + ", изменено "
                + plan.changed() + ", снято " + (withRemovals ? plan.removals().size() : 0);
        if (plan.changes(withRemovals) > 0) {
            audit.record(actor, clusterId, "CLUSTER", clusterId, "CHANGED", summary, null, fileName);
        }
        return summary;
    }

    private void add(String actor, String clusterId, StaffLine line) {
        RoleGrant first = line.grants().get(0);
        String id = changes.addPerson(actor, clusterId, line.card(), first.role(), first.validFrom(), first.validTo());
        line.grants().stream().skip(1).forEach(g -> changes.grantRole(actor, clusterId, id, g.role(), g.validFrom(), g.validTo()));
    }

    private void change(String actor, String clusterId, StaffLine line) {
        if (line.reactivate()) {
            changes.reactivate(actor, clusterId, line.personId());
        }
        if (line.cardChanged()) {
            changes.updatePerson(actor, clusterId, line.card());
        }
        line.grants().forEach(g -> changes.grantRole(actor, clusterId, line.personId(), g.role(), g.validFrom(), g.validTo()));
        line.ends().forEach(g -> end(actor, clusterId, g));
    }

    /** A role not begun yet ends the day before it would begin, so it is never held; a held one ends at once. */
    private void end(String actor, String clusterId, RoleGrant grant) {
        LocalDate lastDay = grant.validFrom() != null && grant.validFrom().isAfter(directory.today())
                ? grant.validFrom().minusDays(1) : null;
        changes.endRole(actor, clusterId, grant.personId(), grant.role(), lastDay);
    }

    private void remove(String actor, String clusterId, StaffRemoval removal) {
        removal.roles().forEach(g -> end(actor, clusterId, g));
        if (removal.deactivate()) {
            changes.deactivate(actor, clusterId, removal.personId());
        }
    }
}
