package io.disputeflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
 * apply unchanged. A write (a Cockpit plugin's button) is accepted with the session only when it carries the
 * session's anti-CSRF token in {@code X-XSRF-TOKEN}, as Camunda's own webapp requests do; a cross-site page cannot
 * read that token, so it cannot write with somebody's session.
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

    /** Camunda's CsrfPreventionFilter keeps the session's token here and expects it back in this header. */
    static final String CSRF_TOKEN_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.GET.matches(request.getMethod()) && !carriesSessionCsrfToken(request);
    }

    private static boolean carriesSessionCsrfToken(HttpServletRequest request) {
        String sent = request.getHeader(CSRF_TOKEN_HEADER);
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CSRF_TOKEN_ATTRIBUTE);
        return sent != null && expected instanceof String token && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
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
