package org.sovet.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sovet.directory.Cluster;
import org.sovet.directory.CouncilRole;
import org.sovet.directory.Directory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The directory is the one source of truth of council roles: Camunda's groups of the councils, their members and the
 * clusters' tenants follow from it. Admin (or anyone on the REST API, administrators too) may not change them there —
 * the directory's next change would silently undo the edit, and until then the two would disagree.
 */
class CouncilMembershipGuard extends OncePerRequestFilter {

    static final String REFUSAL = "Роли Совета, люди и кластеры ведутся в Sovet: Справочник (/directory). "
            + "Группы Совета, их участники и арендаторы кластеров здесь не меняются.";

    private static final Pattern REST = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");
    private static final Pattern GROUP = Pattern.compile("^/group/([^/]+)(?:/members/[^/]+)?$");
    private static final Pattern TENANT = Pattern.compile("^/tenant/([^/]+)(?:/(?:user|group)-members/[^/]+)?$");

    private final Directory directory;

    CouncilMembershipGuard(Directory directory) {
        this.directory = directory;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("PUT".equals(method) || "DELETE".equals(method) || "POST".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher rest = REST.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (rest.matches() && touchesTheDirectory(rest.group(1))) {
            ErrorBody.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", REFUSAL);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean touchesTheDirectory(String route) {
        Matcher group = GROUP.matcher(route);
        if (group.matches()) {
            return isCouncilGroup(decoded(group.group(1)));
        }
        Matcher tenant = TENANT.matcher(route);
        return tenant.matches() && isCluster(decoded(tenant.group(1)));
    }

    private boolean isCouncilGroup(String groupId) {
        if (CouncilRole.SUPERVISORS_GROUP.equals(groupId)) {
            return true;
        }
        for (Cluster cluster : directory.clusters()) {
            for (CouncilRole role : CouncilRole.values()) {
                if (role.groupId(cluster.id()).equals(groupId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isCluster(String tenantId) {
        return directory.clusters().stream().anyMatch(c -> c.id().equals(tenantId));
    }

    private static String decoded(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }
}
