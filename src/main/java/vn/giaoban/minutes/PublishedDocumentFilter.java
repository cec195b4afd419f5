package vn.giaoban.minutes;

import java.io.IOException;
import java.nio.file.Files;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Globals;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.giaoban.audit.AuditTrail;
import vn.giaoban.common.ProblemException;
import vn.giaoban.common.ProblemResponses;
import vn.giaoban.security.Actor;
import vn.giaoban.security.CurrentActor;

/**
 * Answers {@code GET /api/briefings/{id}/minutes} and {@code …/conclusion-notice} for published documents without
 * going through Spring MVC. When the minutes are published every participant downloads them at once; resolving the
 * handler, its arguments and the message converter cost more than sending the bytes. The filter runs after the
 * security filter chain, so the caller is authenticated exactly as for any other call, and it serves only the
 * ordinary case: anything else (an unknown briefing, a caller who may not see it, a document not yet published)
 * goes on to {@link DocumentController#download}, which answers with the usual problem+json. Headers, bytes and the
 * audit entry are the controller's.
 */
class PublishedDocumentFilter extends OncePerRequestFilter {

    private static final String PREFIX = "/api/briefings/";

    private final DocumentDownloads downloads;
    private final AuditTrail audit;
    private final ProblemResponses problems;

    PublishedDocumentFilter(DocumentDownloads downloads, AuditTrail audit, ProblemResponses problems) {
        this.downloads = downloads;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Request wanted = "GET".equals(request.getMethod()) ? Request.parse(request) : null;
        Actor actor = wanted == null ? null : CurrentActor.get().orElse(null);
        DocumentDownloads.Published published = actor == null ? null : publishedOrNull(wanted, actor);
        if (published == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            audit.recordAlone("DOCUMENT_DOWNLOADED", wanted.briefingId(), wanted.kind().name());
        } catch (ProblemException refused) {
            problems.write(request, response, refused.status(), refused.code());
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, DocumentController.PUBLISHED_CACHE_CONTROL);
        if (new ServletWebRequest(request, response).checkNotModified(DocumentController.etag(published))) {
            return;
        }
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setContentLength(published.length());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, DocumentController.attachment(published.fileName()));
        // The file is a cache: one removed since the document was cached is not sent; its bytes are read again and
        // the file written again.
        if (published.file() != null && Boolean.TRUE.equals(request.getAttribute(Globals.SENDFILE_SUPPORTED_ATTR))
                && Files.isRegularFile(published.file())) {
            // Tomcat sends the file once the filters return, as nginx would: the kernel copies it to the socket.
            request.setAttribute(Globals.SENDFILE_FILENAME_ATTR, published.file().toString());
            request.setAttribute(Globals.SENDFILE_FILE_START_ATTR, 0L);
            request.setAttribute(Globals.SENDFILE_FILE_END_ATTR, (long) published.length());
        } else {
            response.getOutputStream().write(downloads.bytes(published));
        }
    }

    private DocumentDownloads.Published publishedOrNull(Request wanted, Actor actor) {
        try {
            return downloads.published(wanted.briefingId(), wanted.kind(), actor);
        } catch (ProblemException refused) {
            return null;
        }
    }

    /** A download of one document of one briefing, read from the path. */
    record Request(long briefingId, DocumentKind kind) {

        static Request parse(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!path.startsWith(PREFIX)) {
                return null;
            }
            int slash = path.indexOf('/', PREFIX.length());
            if (slash <= PREFIX.length() || slash - PREFIX.length() > 18) {
                return null;
            }
            for (int i = PREFIX.length(); i < slash; i++) {
                if (path.charAt(i) < '0' || path.charAt(i) > '9') {
                    return null;
                }
            }
            String document = path.substring(slash + 1);
            if (!document.equals("minutes") && !document.equals("conclusion-notice")) {
                return null;
            }
            return new Request(Long.parseLong(path.substring(PREFIX.length(), slash)), DocumentKind.ofPath(document));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Right after Spring Security's filter chain, which has authenticated the caller. */
        @Bean
        FilterRegistrationBean<PublishedDocumentFilter> publishedDocumentFilter(DocumentDownloads downloads,
                AuditTrail audit, ProblemResponses problems) {
            FilterRegistrationBean<PublishedDocumentFilter> registration =
                    new FilterRegistrationBean<>(new PublishedDocumentFilter(downloads, audit, problems));
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
            registration.addUrlPatterns(PREFIX + "*");
            return registration;
        }
    }
}
