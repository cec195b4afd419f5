package vn.giaoban.security;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import vn.giaoban.common.DatabaseOutage;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.giaoban.common.ProblemException;
import vn.giaoban.common.ProblemResponses;

/**
 * Who may call what. Coarse rules by role live here; rules that depend on the briefing (its organisation, chair,
 * recorder, participants) are checked by the services for every call.
 *
 * <p>API clients log in with HTTP Basic; the login is kept in the session, so a client that keeps the cookie is not
 * checked against BCrypt again on every call (Spring Security 6 would otherwise keep Basic logins per request only).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig implements WebMvcConfigurer {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Request rules match paths with Spring's path patterns, not by asking Spring MVC's handler mappings which
     * controller would take the request: the latter cost a handler look-up per rule on every request, the largest
     * part of a download's cost during a spike.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * No observation of Spring Security's filters, authentications or authorizations; the request as a whole is
     * still observed (http.server.requests). Turning them off by property (management.observations.enable) only
     * drops the observations: the chain still wraps each of its filters in an observing decorator for every request,
     * about a tenth of what a download spike allocated. Without observations wanted, no decorator is installed.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Static, so it is made before the other beans: it edits the chain's definition. */
    @Bean
    static SecurityChainWithoutHandlerLookup securityChainWithoutHandlerLookup() {
        return new SecurityChainWithoutHandlerLookup();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems, LoginThrottle throttle)
            throws Exception {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        http.securityContext(context -> context.securityContextRepository(sessions))
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("giaoban").securityContextRepository(sessions)
                        .authenticationEntryPoint((request, response, e) -> {
                            if (DatabaseOutage.causedBy(e)) {
                                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                                        "problem.databaseUnavailable");
                                return;
                            }
                            response.setHeader("WWW-Authenticate", "Basic realm=\"giaoban\"");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
                        }))
                // The API is called with Basic credentials or a same-site session cookie (SameSite=Strict),
                // which a foreign page cannot make a browser send.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'self'"))
                        .frameOptions(frame -> frame.sameOrigin()))
                .authorizeHttpRequests(authorize -> authorize
                        // The briefings' API first, though no rule below names it: the rules are tried in order, a
                        // path match each, and nearly every call is here. Last, under anyRequest, each download
                        // went through all of them: 9 % of the request threads' CPU samples at a spike (JFR). Who
                        // may do what in a briefing is checked per briefing by its services.
                        .requestMatchers("/api/briefings/**", "/api/briefings").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/organizations", "/api/users").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PATCH, "/api/organizations/*").hasRole("ADMIN")
                        .requestMatchers("/api/users/*/deactivate", "/api/users/*/activate", "/api/users/*/password")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/organizations/*/seal", "/api/users/*/signature-image").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/users").hasAnyRole("ADMIN", "SECRETARIAT")
                        .requestMatchers("/camunda/**", "/engine-rest/**").hasRole("ADMIN")
                        .requestMatchers("/actuator/prometheus", "/api/audit", "/api/audit/**").hasRole("ADMIN")
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/error", "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                // Browsers log in with a form and get pages; API clients get problem+json.
                .formLogin(form -> form.loginPage("/login").permitAll().defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> isPage(request))
                        .defaultAuthenticationEntryPointFor((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"giaoban\"");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
                        }, request -> !isPage(request))
                        .accessDeniedHandler((request, response, e) -> {
                            if (isPage(request)) {
                                response.sendError(HttpStatus.FORBIDDEN.value());
                            } else {
                                problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
                            }
                        }));
        return http.build();
    }

    /** Web pages (everything but the API, Camunda's REST API and Actuator) are for browsers. */
    static boolean isPage(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.startsWith("/engine-rest") || path.startsWith("/actuator")
                || path.startsWith("/v3/api-docs") || request.getHeader("Authorization") != null);
    }

    /** The throttle runs inside the security chain only, not a second time as a container filter. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleOutsideTheContainer(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    /** Lets controllers take the caller as a plain {@link Actor} parameter. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Actor.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                        || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
                    throw new ProblemException(HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
                }
                return principal.actor();
            }
        });
    }
}
