package org.sovet.config;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a write to Camunda's REST API (on /engine-rest or under Tasklist's /camunda/api/engine)
 * asks for, from its method and path: completing a task, starting a process, a write nobody but
 * an administrator may make, or something the engine's own authorization decides.
 */
record EngineWrite(Kind kind, String taskId, String definitionId, String definitionKey, String tenantId) {

    enum Kind { COMPLETE_TASK, START_PROCESS, REFUSED, ENGINE_DECIDES }

    private static final Pattern REST = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");
    private static final Pattern COMPLETE = Pattern.compile("^/task/([^/]+)/(?:complete|submit-form)$");
    private static final Pattern START = Pattern.compile(
            "^/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)$");
    /** Writes that would let a person rewrite what the process decides: variables, routing, messages. */
    private static final List<Pattern> REFUSED_PATHS = List.of(
            Pattern.compile("^/task/[^/]+/(?:variables|localVariables)(?:/.*)?$"),
            Pattern.compile("^/task/[^/]+/(?:resolve|bpmnError|bpmnEscalation|delegate|assignee|identity-links(?:/delete)?)$"),
            Pattern.compile("^/task/create$"),
            Pattern.compile("^/process-instance/(?!count$)[^/]+(?:/.*)?$"),
            Pattern.compile("^/execution/(?!count$)[^/]+(?:/.*)?$"),
            Pattern.compile("^/process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?!start$|submit-form$)[^/]+.*$"),
            Pattern.compile("^/(?:message|signal|condition)(?:/.*)?$"),
            Pattern.compile("^/variable-instance/[^/]+(?:/.*)?$"),
            Pattern.compile("^/user/[^/]+/profile$"));
    private static final Pattern TASK_ITSELF = Pattern.compile("^/task/[^/]+$");

    static boolean isEngineApi(String path) {
        return REST.matcher(path).matches();
    }

    static EngineWrite of(String method, String path) {
        Matcher rest = REST.matcher(path);
        if (!rest.matches() || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return new EngineWrite(Kind.ENGINE_DECIDES, null, null, null, null);
        }
        String route = rest.group(1);
        Matcher complete = COMPLETE.matcher(route);
        if ("POST".equals(method) && complete.matches()) {
            return new EngineWrite(Kind.COMPLETE_TASK, complete.group(1), null, null, null);
        }
        Matcher start = START.matcher(route);
        if ("POST".equals(method) && start.matches()) {
            return new EngineWrite(Kind.START_PROCESS, null, start.group(3), start.group(1), start.group(2));
        }
        boolean refused = REFUSED_PATHS.stream().anyMatch(p -> p.matcher(route).matches())
                || (!"POST".equals(method) && TASK_ITSELF.matcher(route).matches());
        return new EngineWrite(refused ? Kind.REFUSED : Kind.ENGINE_DECIDES, null, null, null, null);
    }
}
