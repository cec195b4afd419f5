package vn.giaoban.minutes;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import io.micrometer.observation.ObservationPredicate;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Document downloads ({@code GET /api/briefings/{id}/minutes} and {@code …/conclusion-notice}) are timed in
 * {@code giaoban.documents.downloads}, tagged {@code document} and {@code outcome}, and kept out of Spring's
 * {@code http.server.requests}. When minutes are published every participant downloads them at once, and that
 * observation (a context with its key values, then a timer and a long-task timer looked up by their tags, for every
 * request) was a tenth of the service's CPU per download: on MariaDB 66.2 and 68.5 ms per 1 000 downloads with it,
 * 61.0 and 59.5 ms with these timers instead ({@code ONLY_DOWNLOAD=1 bash bench/service.sh}). These timers are
 * registered once and each request reads the clock twice. The filter runs before Spring Security, so refused requests
 * are counted too.
 */
@Configuration(proxyBeanMethods = false)
class DownloadMetrics {

    static final String TIMER = "giaoban.documents.downloads";

    @Bean
    ObservationPredicate downloadsOutOfHttpServerObservations() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && download(server.getCarrier()) != null);
    }

    @Bean
    FilterRegistrationBean<DownloadTimer> downloadTimer(MeterRegistry registry) {
        FilterRegistrationBean<DownloadTimer> registration = new FilterRegistrationBean<>(new DownloadTimer(registry));
        // Right after Spring's observation filter (HIGHEST_PRECEDENCE + 1), before Spring Security.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/api/briefings/*");
        return registration;
    }

    /** The kind of document a request downloads, or null if it is not a download. */
    private static DocumentKind download(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        PublishedDocumentFilter.Request wanted = PublishedDocumentFilter.Request.parse(request);
        return wanted == null ? null : wanted.kind();
    }

    /** Times each download and records it in the timer of its document and outcome. */
    static final class DownloadTimer implements Filter {

        private final Timer[][] timers = new Timer[DocumentKind.values().length][Outcome.values().length];

        DownloadTimer(MeterRegistry registry) {
            for (DocumentKind kind : DocumentKind.values()) {
                for (Outcome outcome : Outcome.values()) {
                    timers[kind.ordinal()][outcome.ordinal()] = Timer.builder(TIMER)
                            .description("Document downloads, from the request's arrival until Tomcat has the"
                                    + " response (a file sent with sendfile goes after)")
                            .tag("document", kind.pathSegment()).tag("outcome", outcome.name()).register(registry);
                }
            }
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            DocumentKind kind = download((HttpServletRequest) request);
            if (kind == null) {
                chain.doFilter(request, response);
                return;
            }
            long start = System.nanoTime();
            boolean failed = true;
            try {
                chain.doFilter(request, response);
                failed = false;
            } finally {
                Outcome outcome = failed ? Outcome.SERVER_ERROR
                        : Outcome.forStatus(((HttpServletResponse) response).getStatus());
                timers[kind.ordinal()][outcome.ordinal()].record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
        }
    }
}
