package vn.giaoban.common;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions of the HTTP API become problem+json answers. No stack trace or SQL ever leaves the
 * service. (Web pages have their own error pages: vn.giaoban.web.PageErrors.)
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ProblemResponses problems;

    ProblemHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException e, HttpServletRequest request) {
        return answer(request, e.status(), e.code(), e.args(), e.fieldErrors());
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockingException.class,
            PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> concurrentChange(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "problem.concurrentChange", new Object[0], Map.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        // Unique keys guard what concurrent requests could otherwise duplicate (version numbers, names).
        log.debug("Integrity violation answered as 409", e);
        return answer(request, HttpStatus.CONFLICT, "problem.concurrentChange", new Object[0], Map.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "problem.invalidFields", new Object[0],
                Map.of(e.getName(), "field.invalidValue"));
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestTooLargeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "problem.tooLarge", new Object[0], Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "problem.databaseUnavailable", new Object[0],
                    Map.of());
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", new Object[0], Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof RequestTooLargeException) {
            return widen(answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "problem.tooLarge", Map.of()));
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping);
            String fieldCode = "field.invalidValue";
            if (mapping instanceof UnrecognizedPropertyException) {
                fieldCode = "field.unknown";
            } else if (mapping instanceof InvalidFormatException) {
                fieldCode = "field.invalidValue";
            } else if (mapping instanceof MismatchedInputException) {
                fieldCode = "field.wrongType";
            }
            return widen(answer(request, HttpStatus.BAD_REQUEST, "problem.invalidFields", Map.of(field, fieldCode)));
        }
        if (cause instanceof ProblemException problem) {
            return widen(answer(request, problem.status(), problem.code(), problem.fieldErrors()));
        }
        return widen(answer(request, HttpStatus.BAD_REQUEST, "problem.malformedBody", Map.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.putIfAbsent(error.getField(), constraintCode(error.getCode()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> fields.putIfAbsent(error.getObjectName(), "field.invalidValue"));
        return widen(answer(request, HttpStatus.BAD_REQUEST, "problem.invalidFields", fields));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(result -> fields.putIfAbsent(
                result.getMethodParameter().getParameterName(), "field.invalidValue"));
        return widen(answer(request, HttpStatus.BAD_REQUEST, "problem.invalidFields", fields));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(answer(request, HttpStatus.BAD_REQUEST, "problem.invalidFields",
                Map.of(e.getParameterName(), "field.required")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(answer(request, HttpStatus.METHOD_NOT_ALLOWED, "problem.methodNotAllowed", Map.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.mediaType", Map.of()));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(answer(request, HttpStatus.NOT_FOUND, "problem.noSuchPath", Map.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "problem.tooLarge", Map.of()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        String code = status.is4xxClientError() ? "problem.badRequest" : "problem.unexpected";
        if (status.is5xxServerError()) {
            log.error("Unexpected failure", e);
        }
        return widen(answer(request, status, code, Map.of()));
    }

    private ResponseEntity<ProblemDetail> answer(WebRequest request, HttpStatus status, String code,
                                                 Map<String, String> fields) {
        return answer(((ServletWebRequest) request).getRequest(), status, code, new Object[0], fields);
    }

    private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpStatus status, String code,
                                                 Object[] args, Map<String, String> fields) {
        Locale locale = ProblemResponses.localeOf(request);
        ProblemDetail problem = problems.problem(status, code, args, fields, locale);
        problem.setInstance(URI.create(request.getRequestURI()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, ProblemResponses.RETRY_AFTER_SECONDS);
        }
        return answer.body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }

    private static String fieldPath(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String constraintCode(String constraint) {
        if (constraint == null) {
            return "field.invalidValue";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "field.required";
            case "Size" -> "field.size";
            case "Pattern" -> "field.pattern";
            default -> "field.invalidValue";
        };
    }
}
