package io.disputeflow.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.disputeflow.problem.FieldProblem;
import io.disputeflow.problem.Problem;
import io.disputeflow.process.ConcurrentChange;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of {@code /api} as {@code application/problem+json} (RFC 9457): a stable {@code type}, a
 * {@code title}, a {@code detail} that says what to do, and {@code errors} naming the offending fields and rules.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    public static final String TYPES = "https://disputeflow.io/problems/";

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    /** A feature's refusal that states its own status, type and fields ({@link Problem}). */
    private static ResponseEntity<Object> refusal(Problem refusal, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.valueOf(refusal.httpStatus()), refusal.type(), refusal.title(),
                refusal.getMessage(), request);
        refusal.properties().forEach(problem::setProperty);
        if (!refusal.errors().isEmpty()) {
            problem.setProperty("errors", refusal.errors());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refusal.httpStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refusal.location() != null) {
            response.location(URI.create(refusal.location()));
        }
        return response.body(problem);
    }

    /** Two requests opened a dispute for the same order at the same moment; the unique key let one win. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicateKey(DuplicateKeyException e, HttpServletRequest request) {
        LOG.info("Concurrent duplicate refused on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return respond(problem(HttpStatus.CONFLICT, "concurrent-update", "Another request did the same at the same time",
                "A concurrent request created the same record first: read the current state and retry if still needed",
                request));
    }

    /** The process moved on between our check and the delivery of the buyer's message. */
    @ExceptionHandler(MismatchingMessageCorrelationException.class)
    ResponseEntity<Object> noLongerWaiting(MismatchingMessageCorrelationException e, HttpServletRequest request) {
        return respond(problem(HttpStatus.CONFLICT, "action-not-allowed", "The dispute no longer allows this action",
                "The dispute changed while the request was processed: read it again to see what is possible now",
                request));
    }

    @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
    ResponseEntity<Object> concurrentUpdate(RuntimeException e, HttpServletRequest request) {
        LOG.info("Concurrent update refused on {}: {}", request.getRequestURI(), e.getMessage());
        return respond(problem(HttpStatus.CONFLICT, "concurrent-update", "The dispute changed at the same moment",
                "Someone else (e.g. the seller in Tasklist) changed this dispute while your request ran, and their "
                        + "change won: read the dispute again and decide whether your action still applies",
                request));
    }

    @ExceptionHandler(ApiAccessDeniedException.class)
    ResponseEntity<Object> accessDenied(ApiAccessDeniedException e, HttpServletRequest request) {
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for this account", e.getMessage(),
                request));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReusedException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency-Key reused for another request", e.getMessage(), request);
        problem.setProperty("errors", List.of(new FieldProblem("Idempotency-Key", "idempotency", e.getMessage())));
        return respond(problem);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException e, HttpServletRequest request) {
        return respond(invalid(List.of(new FieldProblem(e.field(), e.rule(), e.getMessage())), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof Problem refused) {
            return refusal(refused, request);
        }
        if (ConcurrentChange.isConflict(e)) {
            return concurrentUpdate(new ConcurrencyFailureException(e.getMessage(), e), request);
        }
        LOG.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Unexpected error",
                "The request failed on our side and changed nothing; retry later, and report the time of the request "
                        + "if it keeps failing", request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), ruleOf(error.getCode()), message(error)))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return respond(invalid(errors, servletRequest(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), ruleOf(error.getCodes() == null ? null
                        : lastCode(error.getCodes())), error.getDefaultMessage())))
                .toList();
        return respond(invalid(errors, servletRequest(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return respond(invalid(List.of(new FieldProblem(field, "format", expectation(mapping))), servletRequest));
        }
        return respond(problem(HttpStatus.BAD_REQUEST, "malformed-request", "The request body is not valid JSON",
                "Send a JSON object as documented at /v3/api-docs (Content-Type: application/json)", servletRequest));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Spring MVC's own refusals (405, 406, 415, missing parameters, 413 uploads): keep their status and detail
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(URI.create(TYPES + "request-refused"));
            }
            problem.setInstance(URI.create(servletRequest(request).getRequestURI()));
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return response;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail,
                                 HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ProblemDetail invalid(List<FieldProblem> errors, HttpServletRequest request) {
        String fields = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields",
                "Correct these fields and send the request again: " + fields, request);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String expectation(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException format) {
            return "cannot read '" + format.getValue() + "' as " + typeName(format.getTargetType());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + typeName(mismatch.getTargetType());
        }
        return "has an invalid value";
    }

    private static String typeName(Class<?> type) {
        if (type == java.time.Instant.class) {
            return "a UTC timestamp such as 2026-11-02T10:00:00Z";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "a string";
        }
        return "a JSON " + (type.isRecord() ? "object" : type.getSimpleName());
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    /** Bean Validation constraint names as the rule of a field problem. */
    private static String ruleOf(String constraint) {
        if (constraint == null) {
            return "format";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Pattern", "Email" -> "format";
            case "Size" -> "length";
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "range";
            default -> constraint.toLowerCase(Locale.ROOT);
        };
    }

    private static String lastCode(String[] codes) {
        return codes[codes.length - 1];
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((org.springframework.web.context.request.ServletWebRequest) request).getRequest();
    }
}
