package org.sovet.directory;

import java.util.regex.Pattern;
import org.sovet.common.Problems;
import org.springframework.stereotype.Component;

/** What a person's card must hold, each problem in Russian beside its field. */
@Component
class PersonChecks {

    private static final Pattern NAME = Pattern.compile("[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]{0,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final DirectoryRepository repository;

    PersonChecks(DirectoryRepository repository) {
        this.repository = repository;
    }

    /** The card, trimmed, or a rejection naming every problem. */
    PersonForm checked(String clusterId, PersonForm form) {
        PersonForm f = new PersonForm(form.id(), trim(form.lastName()), trim(form.firstName()), trim(form.middleName()),
                trim(form.email()), trim(form.position()), trim(form.organizationId()));
        Problems problems = new Problems();
        name(problems, "lastName", f.lastName(), "Фамилия", true);
        name(problems, "firstName", f.firstName(), "Имя", true);
        name(problems, "middleName", f.middleName(), "Отчество", false);
        if (f.email() == null) {
            problems.add("email", "Укажите адрес электронной почты: на него приходят приглашение и задачи.");
        } else if (f.email().length() > 254 || !EMAIL.matcher(f.email()).matches()) {
            problems.add("email", "Адрес электронной почты записан неверно: " + f.email() + ".");
        } else if (repository.emailTaken(f.email(), f.id())) {
            problems.add("email", "Адрес " + f.email() + " уже есть у другого человека в справочнике.");
        }
        if (f.position() != null && f.position().length() > 300) {
            problems.add("position", "Должность длиннее 300 знаков.");
        }
        if (f.organizationId() != null && repository.organization(f.organizationId())
                .filter(o -> o.clusterId().equals(clusterId)).isEmpty()) {
            problems.add("organizationId", "Такой организации нет в этом кластере.");
        }
        problems.reject();
        return f;
    }

    private static void name(Problems problems, String field, String value, String label, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(field, label + ": обязательное поле.");
            }
        } else if (!NAME.matcher(value).matches()) {
            problems.add(field, label + " пишется буквами (можно дефис и пробел), не длиннее 100 знаков.");
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
