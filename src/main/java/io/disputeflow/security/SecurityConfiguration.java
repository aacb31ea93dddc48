package io.disputeflow.security;

import io.disputeflow.identity.PlatformGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what.
 * <ul>
 *   <li>{@code /engine-rest/**}: HTTP Basic against Camunda's identity service, stateless; the user is handed on
 *       to the engine so that Camunda authorizations apply.</li>
 *   <li>{@code /api/**}: HTTP Basic as well; GET requests also accept a signed-in Camunda webapp session (so that
 *       Tasklist users can download evidence from their forms); buyer-side writes need group storefront, reads are
 *       limited to the caller's stores; refusals are problem+json.</li>
 *   <li>{@code /actuator/health} and {@code /actuator/info} are public (load balancers); the other actuator
 *       endpoints need an administrator.</li>
 *   <li>Everything else is the Camunda webapps, which run their own session login and CSRF protection.</li>
 * </ul>
 */
@Configuration
@ConditionalOnWebApplication
public class SecurityConfiguration {

    private static final String REALM = "DisputeFlow";
    private static final String STOREFRONT = PlatformGroup.STOREFRONT.id();
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    AuthenticationManager camundaIdentityAuthenticationManager(IdentityService identityService,
                                                               AuthenticationCache cache) {
        return new ProviderManager(new CamundaIdentityAuthenticationProvider(identityService, cache));
    }

    /**
     * No observations of Spring Security's own filters, authentications and authorizations: nobody reads them, and
     * they wrap every filter of the chain on every request (5% of the request threads' CPU samples when agents complete
     * tasks, see docs/BENCHMARKS.md). The HTTP request metrics ({@code http_server_requests}) stay.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager authenticationManager,
                                   IdentityService identityService) throws Exception {
        return http
                // Path patterns on the whole request path: /engine-rest is Jersey's servlet, not Spring MVC's.
                .securityMatcher(PATHS.matcher("/engine-rest/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // The 401 is written here: Spring's default sends it through /error, which answers a refused multipart
                // request (Camunda Modeler's deployment) with 500 instead of 401.
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(ProblemResponses.unauthorized(REALM)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthorized(REALM)))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new CamundaAuthenticationContextFilter(identityService),
                        BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * The marketplace API. Buyer-side writes need group storefront (or an administrator); reads are checked per
     * store by the API itself ({@code ApiAccess}), which then acts on the engine as the platform.
     */
    @Bean
    @Order(2)
    SecurityFilterChain marketplaceApi(HttpSecurity http, AuthenticationManager authenticationManager,
                                       IdentityService identityService) throws Exception {
        String[] buyerSide = {STOREFRONT, Groups.CAMUNDA_ADMIN};
        return http
                .securityMatcher(PATHS.matcher("/api/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/disputes")).hasAnyRole(buyerSide)
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/tracking-events")).hasAnyRole(buyerSide)
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/disputes/*/evidence")).authenticated()
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/disputes/**")).hasAnyRole(buyerSide)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(ProblemResponses.unauthorized(REALM)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.unauthorized(REALM))
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .csrf(AbstractHttpConfigurer::disable)
                // Never create a session, and never rotate the id of a webapp session the request came with (that
                // would sign the user out of Tasklist in every other tab).
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                // Reads also with a Camunda webapp session (evidence links in Tasklist forms); HTTP Basic wins.
                .addFilterAfter(new CamundaWebappSessionFilter(identityService), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain actuator(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Groups.CAMUNDA_ADMIN))
                .httpBasic(basic -> basic.realmName(REALM))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // Tasklist, Cockpit and Admin authenticate with their own login form and protect themselves
        // against CSRF; Spring Security must not add a second, conflicting layer.
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .build();
    }
}
