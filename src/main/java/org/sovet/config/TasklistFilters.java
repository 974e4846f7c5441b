package org.sovet.config;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The ready Tasklist filters every user sees; tenant and task authorizations narrow them. */
@Component
class TasklistFilters {

    private static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "clusterName", "label", "Кластер"),
            Map.of("name", "subject", "label", "Предмет"));

    private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    void ensureFilters() {
        ensure("Мои задачи", "Задачи, назначенные мне", -10, "#2e7d32",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure("Задачи моей группы", "Задачи моих ролей в совете, ещё никем не взятые", -5, "#1565c0",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        ensure("Просроченные", "Задачи, срок которых прошёл", 0, "#c62828",
                tasks.createTaskQuery().dueBeforeExpression("${now()}"));
        ensure("Все задачи кластера", "Все задачи моего кластера, которые мне видны", 10, "#6d4c41",
                tasks.createTaskQuery());
    }

    /**
     * Two nodes that once started together without the start-up lock could each create the filter;
     * Tasklist would show it twice. One is kept, the others go with their authorizations.
     */
    private Filter onlyOne(String name) {
        List<Filter> same = filters.createFilterQuery().filterName(name).orderByFilterId().asc().list();
        for (Filter duplicate : same.stream().skip(1).toList()) {
            LOG.warn("Tasklist filter «{}» was there {} times; removing the copy {}", name, same.size(), duplicate.getId());
            filters.deleteFilter(duplicate.getId());
        }
        return same.isEmpty() ? null : same.get(0);
    }

    private void ensure(String name, String description, int priority, String color, TaskQuery query) {
        Filter filter = onlyOne(name);
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        filter.setQuery(query);
        filter.setProperties(Map.of(
                "description", description,
                "priority", priority,
                "color", color,
                "refresh", true,
                "variables", COLUMNS));
        filters.saveFilter(filter);
        if (authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId()).userIdIn("*").count() == 0) {
            Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            everyone.setUserId(Authorization.ANY);
            everyone.setResource(Resources.FILTER);
            everyone.setResourceId(filter.getId());
            everyone.addPermission(Permissions.READ);
            authorizations.saveAuthorization(everyone);
        }
    }
}
