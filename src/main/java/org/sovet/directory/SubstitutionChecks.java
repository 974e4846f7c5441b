package org.sovet.directory;

import java.time.LocalDate;
import org.sovet.common.InputRejectedException;
import org.springframework.stereotype.Component;

/** Whether a substitution can be named, with the reason in Russian when not (overlaps: Substitutions, under the cluster lock). */
@Component
class SubstitutionChecks {

    private final Directory directory;

    SubstitutionChecks(Directory directory) {
        this.directory = directory;
    }

    void validate(String clusterId, SubstitutionForm form, LocalDate today) {
        if (form.role() == null || !Substitutions.ROLES.contains(form.role())) {
            throw new InputRejectedException("Замещение назначается председателю, директору или секретарю Совета.");
        }
        if (form.from() == null || form.to() == null) {
            throw new InputRejectedException("Укажите первый и последний день замещения.");
        }
        if (form.to().isBefore(form.from())) {
            throw new InputRejectedException("Последний день замещения раньше первого.");
        }
        if (form.to().isBefore(today)) {
            throw new InputRejectedException("Замещение в прошлом назначить нельзя: его последний день уже прошёл.");
        }
        Person absent = directory.person(form.personId())
                .orElseThrow(() -> new InputRejectedException("Укажите, кто отсутствует."));
        if (!directory.heldRolesOf(absent.id(), clusterId).contains(form.role())) {
            throw new InputRejectedException(absent.surnameAndInitials() + " не является " + form.role().instrumental()
                    + ": замещать в этой роли некого.");
        }
        Person substitute = directory.person(form.substituteId())
                .orElseThrow(() -> new InputRejectedException("Укажите, кто замещает."));
        if (substitute.id().equals(absent.id())) {
            throw new InputRejectedException("Замещающим должен быть другой человек, а не сам отсутствующий.");
        }
        if (!directory.councilMemberIds(clusterId).contains(substitute.id())) {
            throw new InputRejectedException(substitute.surnameAndInitials()
                    + " не входит в Совет этого кластера: замещать может только действующий член Совета.");
        }
    }
}
