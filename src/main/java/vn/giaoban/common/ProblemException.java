package vn.giaoban.common;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal that the client can act on. {@code code} names a message in {@code messages*.properties}, so the detail
 * reaches the user in the language they asked for; {@code fieldErrors} maps offending fields to message codes.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final Map<String, String> fieldErrors;

    public ProblemException(HttpStatus status, String code, Object... args) {
        this(status, code, Map.of(), args);
    }

    private ProblemException(HttpStatus status, String code, Map<String, String> fieldErrors, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.fieldErrors = fieldErrors;
    }

    public static ProblemException notFound(String code, Object... args) {
        return new ProblemException(HttpStatus.NOT_FOUND, code, args);
    }

    public static ProblemException forbidden(String code, Object... args) {
        return new ProblemException(HttpStatus.FORBIDDEN, code, args);
    }

    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(HttpStatus.CONFLICT, code, args);
    }

    /** 400 for one field: {@code fieldCode} is the message explaining what is wrong with it. */
    public static ProblemException invalidField(String field, String fieldCode) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(field, fieldCode);
        return new ProblemException(HttpStatus.BAD_REQUEST, "problem.invalidFields", errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
