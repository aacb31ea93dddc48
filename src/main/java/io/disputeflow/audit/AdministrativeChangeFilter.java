package io.disputeflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.audit.ChangeAudit.Observation;
import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.security.CamundaUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Writes every change made to a running dispute's process from Cockpit or {@code /engine-rest} (variables,
 * cancellation, modification, suspension, jobs; see {@link EngineChanges}) to the dispute's timeline, with who made
 * it and what changed, in words. The request, the engine's command and the timeline entries share one transaction and
 * the answer is held back until it commits: a refused or failed request writes nothing, a change whose entry cannot
 * be written is not made (500), and one request writes one entry per dispute. The dispute's row is locked first, as
 * buyer actions and task completions do, so the change and its description see the same state.
 * <p>
 * A filter on the two REST paths rather than an engine hook: only the request knows that a person changed the
 * process by hand, where (Cockpit or the REST API) and what the value was before; the engine sees the same commands
 * when the application's own steps, forms and API change the process, and those must not be reported as such.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class AdministrativeChangeFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AdministrativeChangeFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The session attribute under which the Camunda webapps keep who is signed in. */
    private static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";
    private static final String UNKNOWN_USER = "unknown";

    private final ChangeAudit audit;
    private final ChangeReads engine;
    private final DisputeRecords records;
    private final DisputeCase disputeCase;
    private final IdentityService identity;
    private final TransactionTemplate transaction;

    public AdministrativeChangeFilter(ChangeAudit audit, ChangeReads engine, DisputeRecords records,
                                      DisputeCase disputeCase, IdentityService identity,
                                      PlatformTransactionManager transactions) {
        this.audit = audit;
        this.engine = engine;
        this.records = records;
        this.disputeCase = disputeCase;
        this.identity = identity;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return EngineChanges.enginePath(path(request))
                .map(enginePath -> !EngineChanges.mayChange(request.getMethod(), enginePath)).orElse(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        String enginePath = EngineChanges.enginePath(path).orElseThrow();
        byte[] body = EngineChanges.readsBody(enginePath) ? request.getInputStream().readAllBytes() : null;
        HttpServletRequest forwarded = body == null ? request : new ReplayedBody(request, body);
        Optional<EngineChange> change = EngineChanges.parse(request.getMethod(), enginePath, json(body));
        if (change.isEmpty()) {
            chain.doFilter(forwarded, response);
            return;
        }
        String userId = userId(request, path).orElse(UNKNOWN_USER);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        AtomicBoolean answered = new AtomicBoolean();
        try {
            transaction.executeWithoutResult(status -> {
                // Find the disputes, lock them, then look again: what was there before is read under the lock.
                Set<String> disputes = engine.read(() -> audit.observe(change.get()).disputes());
                disputes.forEach(records::lock);
                Observation observation = engine.read(() -> audit.observe(change.get()));
                forward(chain, forwarded, answer);
                answered.set(true);
                if (!succeeded(answer)) {
                    status.setRollbackOnly();
                    return;
                }
                String byWhom = "by " + (UNKNOWN_USER.equals(userId) ? "an unidentified caller"
                        : engine.read(() -> engine.displayName(userId))) + " " + EngineChanges.origin(path).words();
                Map<String, String> entries = engine.read(() -> observation.describe(byWhom));
                entries.forEach((dispute, text) -> disputeCase.recordAdministrativeChange(dispute, userId, text));
            });
        } catch (UnexpectedRollbackException refused) {
            if (succeeded(answer)) {
                nothingChanged(response, refused);
                return;
            }
            // the engine refused the change and the REST API already answered with the reason
        } catch (ForwardFailed failed) {
            failed.rethrow();
        } catch (RuntimeException failed) {
            if (!answered.get() || !succeeded(answer) || response.isCommitted()) {
                throw failed;
            }
            nothingChanged(response, failed);
            return;
        }
        answer.copyBodyToResponse();
    }

    /** The REST API said yes, but the transaction was rolled back: the answer says that nothing changed. */
    private static void nothingChanged(HttpServletResponse response, RuntimeException cause) throws IOException {
        LOG.error("Change to a dispute's process undone: it or its timeline entry could not be committed", cause);
        response.reset();
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", "TimelineNotWritten", "code", 500,
                "message", "Nothing was changed: the change could not be written to the dispute's timeline. "
                        + "Try again.")));
    }

    private static void forward(FilterChain chain, HttpServletRequest request, HttpServletResponse answer) {
        try {
            chain.doFilter(request, answer);
        } catch (IOException | ServletException e) {
            throw new ForwardFailed(e);
        }
    }

    /** The REST API behind the filter failed with a checked exception: rethrown as it was, after the rollback. */
    private static final class ForwardFailed extends RuntimeException {

        ForwardFailed(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }

    private static boolean succeeded(HttpServletResponse answer) {
        return answer.getStatus() >= 200 && answer.getStatus() < 300;
    }

    /**
     * Who sends the request: the engine's current user where the webapps' or our authentication filter already set
     * it, else the HTTP Basic user of {@code /engine-rest}, else the user signed in to the webapps' session.
     */
    private Optional<String> userId(HttpServletRequest request, String path) {
        org.camunda.bpm.engine.impl.identity.Authentication current = identity.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return Optional.of(current.getUserId());
        }
        Authentication basic = SecurityContextHolder.getContext().getAuthentication();
        if (basic != null && basic.getPrincipal() instanceof CamundaUser user) {
            return Optional.of(user.userId());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications signedIn) {
            String engineName = path.replaceFirst("^/camunda/api/engine/engine/([^/]+)/.*$", "$1");
            org.camunda.bpm.webapp.impl.security.auth.Authentication webapp =
                    signedIn.getAuthenticationForProcessEngine(engineName);
            if (webapp != null) {
                return Optional.ofNullable(webapp.getIdentityId());
            }
        }
        return Optional.empty();
    }

    private static JsonNode json(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
