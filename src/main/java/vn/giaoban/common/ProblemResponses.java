package vn.giaoban.common;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds every problem+json answer: localized title and detail, the offending fields, and the request path.
 * Used by the MVC advice and by the security filters, which run before Spring MVC.
 */
@Component
public class ProblemResponses {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Every 503 this service gives is a passing state (database out of reach, audit trail behind): try again then. */
    static final String RETRY_AFTER_SECONDS = "10";

    private final MessageSource messages;
    private final ObjectMapper json;

    ProblemResponses(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail problem(HttpStatus status, String code, Object[] args, Map<String, String> fieldErrors,
                                 Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(message("problem.title." + status.value(), new Object[0], locale, status.getReasonPhrase()));
        problem.setDetail(message(code, args, locale, code));
        if (!fieldErrors.isEmpty()) {
            List<Map<String, String>> errors = new ArrayList<>();
            fieldErrors.forEach((field, fieldCode) -> errors.add(Map.of(
                    "field", field,
                    "detail", message(fieldCode, new Object[] {field}, locale, fieldCode))));
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** Writes a problem directly to the servlet response (for filters, which have no MVC machinery). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        ProblemDetail problem = problem(status, code, new Object[0], Map.of(), localeOf(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The caller's language: English when asked for first, Vietnamese otherwise. */
    public static Locale localeOf(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale match = Locale.lookup(ranges, List.of(VIETNAMESE, Locale.ENGLISH));
            return match == null ? VIETNAMESE : match;
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }

    private String message(String code, Object[] args, Locale locale, String fallback) {
        try {
            return messages.getMessage(code, args, locale);
        } catch (NoSuchMessageException missing) {
            return fallback;
        }
    }
}
