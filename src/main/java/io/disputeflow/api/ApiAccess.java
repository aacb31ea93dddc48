package io.disputeflow.api;

import io.disputeflow.security.CamundaUser;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what through {@code /api}: the storefront acts for buyers; agents and store supervisors read their
 * own stores' disputes and figures; arbitrators read every dispute; administrators may do everything.
 */
@Component
public class ApiAccess {

    public ApiCaller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CamundaUser user) {
            return ApiCaller.of(user);
        }
        throw new ApiAccessDeniedException("Sign in with HTTP Basic as an API user");
    }

    /** Buyer-side actions: opening disputes, modifying, answering, escalating, cancelling, shipping returns. */
    public ApiCaller requireBuyerSide() {
        ApiCaller caller = caller();
        if (!caller.isStorefront() && !caller.isAdministrator()) {
            throw new ApiAccessDeniedException("Only the storefront acts for buyers; " + caller.userId()
                    + " is not in group storefront");
        }
        return caller;
    }

    public ApiCaller requireRead(String storeId) {
        ApiCaller caller = caller();
        if (!caller.seesEveryStore() && !caller.serves(storeId)) {
            throw new ApiAccessDeniedException(caller.userId() + " does not serve store " + storeId
                    + ": agents and supervisors see their own company's stores only");
        }
        return caller;
    }

    /** The stores whose disputes the caller may list; {@code null} means every store. */
    public List<String> readableStores() {
        ApiCaller caller = caller();
        if (caller.seesEveryStore()) {
            return null;
        }
        if (caller.isStoreStaff()) {
            return caller.storeIds();
        }
        throw new ApiAccessDeniedException(caller.userId() + " has no role that reads disputes");
    }

    /**
     * Supervision figures: store supervisors for their stores, arbitration supervisors, process owners and
     * administrators for every store; not agents, arbitrators or the storefront.
     */
    public ApiCaller requireSupervision() {
        ApiCaller caller = caller();
        if (!caller.isAdministrator() && !caller.isSupervisor()) {
            throw new ApiAccessDeniedException(caller.userId() + " is no supervisor: the overview is for store"
                    + " supervisors, arbitration supervisors and process owners");
        }
        return caller;
    }

    /** Carrier webhooks come through the storefront's integration account (or an administrator). */
    public ApiCaller requireTrackingIntake() {
        return requireBuyerSide();
    }

    /** Moving running disputes to another version of a process: process owners and administrators. */
    public ApiCaller requireProcessOwner() {
        ApiCaller caller = caller();
        if (!caller.isAdministrator() && !caller.isProcessOwner()) {
            throw new ApiAccessDeniedException(caller.userId() + " is no process owner: only process owners move "
                    + "running disputes to another version");
        }
        return caller;
    }

    /** Onboarding companies, stores and people, closing stores, feeding order volumes. */
    public ApiCaller requirePlatformAdministration() {
        ApiCaller caller = caller();
        if (!caller.isPlatformAdministrator()) {
            throw new ApiAccessDeniedException("Only platform administrators onboard companies, stores and people and "
                    + "report order volumes; " + caller.userId() + " is not in group platform-admins");
        }
        return caller;
    }

    /** A store's figures: whoever reads its disputes, and the platform administrators who feed its volumes. */
    public ApiCaller requireFigures(String storeId) {
        ApiCaller caller = caller();
        return caller.isPlatformAdministrator() ? caller : requireRead(storeId);
    }

    /**
     * Whether the caller administers the integrations of every storefront: webhook endpoints of all accounts and
     * their delivery status. Platform administrators and camunda-admin.
     */
    public boolean isIntegrationAdmin(ApiCaller caller) {
        return caller.isPlatformAdministrator();
    }

    /**
     * Webhook endpoints and the event feed: a storefront account for its own endpoints and its stores' events, an
     * integration administrator ({@link #isIntegrationAdmin}) for all of them.
     */
    public ApiCaller requireEventSubscriber() {
        ApiCaller caller = caller();
        if (!caller.isStorefront() && !isIntegrationAdmin(caller)) {
            throw new ApiAccessDeniedException("Events and webhook endpoints are for storefront accounts and"
                    + " administrators; " + caller.userId() + " is neither");
        }
        return caller;
    }
}
