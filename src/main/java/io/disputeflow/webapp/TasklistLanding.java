package io.disputeflow.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends whoever opens the application's address, or Camunda's list of webapps, to Tasklist: agents and arbitrators
 * work there, and Camunda's Welcome page only lists the webapps. Tasklist shows its login page to a stranger.
 * Cockpit, Admin and the Welcome page keep their own addresses and stay in the header's app menu.
 */
class TasklistLanding extends OncePerRequestFilter {

    private final Set<String> entries;
    private final String tasklist;

    /**
     * @param webappPath where Camunda serves its webapps, e.g. {@code /camunda}
     * @param engineName the process engine the webapps show, e.g. {@code default}
     */
    TasklistLanding(String webappPath, String engineName) {
        entries = Set.of("/", webappPath, webappPath + "/", webappPath + "/app", webappPath + "/app/");
        tasklist = webappPath + "/app/tasklist/" + engineName + "/";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !entries.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.sendRedirect(request.getContextPath() + tasklist);
    }
}
