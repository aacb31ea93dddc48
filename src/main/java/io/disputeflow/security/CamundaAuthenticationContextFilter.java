package io.disputeflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the user authenticated by Spring Security to the process engine for the duration of the request,
 * so that Camunda's authorization checks (tenants, process definitions, tasks) apply to every REST call.
 */
public class CamundaAuthenticationContextFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    public CamundaAuthenticationContextFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CamundaUser user)) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(user.userId(), user.groupIds(), user.tenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
