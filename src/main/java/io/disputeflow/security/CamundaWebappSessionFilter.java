package io.disputeflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user signed in to the Camunda webapps (Tasklist, Cockpit, Admin) read the API with that session, so that
 * the evidence links in Tasklist's forms download without an HTTP Basic prompt. For GET requests without other
 * credentials only: the session's user of engine "default" becomes the same {@link CamundaUser} (groups and tenants
 * read afresh from the identity service) that an HTTP Basic login produces; the API's own per-store checks then
 * apply unchanged. Writes still need HTTP Basic, so a session can never be used for a cross-site write.
 */
public class CamundaWebappSessionFilter extends OncePerRequestFilter {

    /** The session attribute under which the webapps keep their {@link Authentications}. */
    static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";
    static final String ENGINE = "default";

    private final IdentityService identityService;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public CamundaWebappSessionFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.GET.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = alreadyAuthenticated() ? null : sessionUser(request);
        if (userId != null) {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(CamundaIdentityAuthenticationProvider.authenticated(identityService, userId));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private boolean alreadyAuthenticated() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The user signed in to engine "default" in this request's webapp session, if that user still exists. */
    private String sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications signedIn)) {
            return null;
        }
        org.camunda.bpm.webapp.impl.security.auth.Authentication webapp =
                signedIn.getAuthenticationForProcessEngine(ENGINE);
        if (webapp == null || webapp.getIdentityId() == null) {
            return null;
        }
        String userId = webapp.getIdentityId();
        return identityService.createUserQuery().userId(userId).count() == 1 ? userId : null;
    }
}
