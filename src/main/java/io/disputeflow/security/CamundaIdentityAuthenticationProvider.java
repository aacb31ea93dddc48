package io.disputeflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, so that the REST API, our own API and
 * the webapps share one set of users, groups and tenants (managed in Camunda Admin). Each Camunda group
 * becomes a Spring role ({@code ROLE_<groupId>}). Successful checks are remembered for a short time
 * ({@link AuthenticationCache}).
 */
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final AuthenticationCache cache;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, AuthenticationCache cache) {
        this.identityService = identityService;
        this.cache = cache;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        String password = credentials.toString();
        CamundaUser user = cache.authenticate(userId, password,
                () -> identityService.checkPassword(userId, password) ? load(identityService, userId) : null);
        if (user == null) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        return authenticated(user);
    }

    /** The authentication of a user whose identity is established: a {@link CamundaUser} with its groups as roles. */
    static UsernamePasswordAuthenticationToken authenticated(IdentityService identityService, String userId) {
        return authenticated(load(identityService, userId));
    }

    private static UsernamePasswordAuthenticationToken authenticated(CamundaUser user) {
        List<SimpleGrantedAuthority> roles = user.groupIds().stream()
                .map(groupId -> new SimpleGrantedAuthority("ROLE_" + groupId))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
    }

    private static CamundaUser load(IdentityService identityService, String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream()
                .map(Tenant::getId)
                .toList();
        return new CamundaUser(userId, groups, tenants);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
