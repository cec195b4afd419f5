package vn.giaoban.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.giaoban.common.ProblemResponses;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins for one username from one address within
 * {@code WINDOW}, further attempts are refused with 429 (and a Retry-After) until the window has passed, before any
 * password is checked. A successful login clears the count.
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final ProblemResponses problems;
    private final Clock clock;

    LoginThrottle(ProblemResponses problems, Clock clock) {
        this.problems = problems;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        String key = key(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName(), address(event.getAuthentication().getDetails())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = basicUsername(request);
        if (username != null) {
            Duration wait = lockedFor(key(username, request.getRemoteAddr()));
            if (!wait.isZero()) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.tooManyLogins");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Duration lockedFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            if (times.size() < MAX_FAILURES) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(clock.instant(), times.peekFirst().plus(WINDOW));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "?";
    }

    private static String key(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + "|" + address;
    }
}
