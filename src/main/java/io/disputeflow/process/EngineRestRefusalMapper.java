package io.disputeflow.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's REST API answers 500 for refusals that are not server errors, which Tasklist users meet. Registered on
 * {@code /engine-rest} and on Tasklist's own path ({@code /camunda/api/engine}, see {@link WebappRestRefusals}); a
 * task that is gone is answered by {@link TaskCompletionLockFilter} before the engine:
 * <ul>
 *   <li>a task listener refuses the input ({@link TaskInputRejected}): 400 with one sentence naming the field in the
 *       form's words, like Camunda's own form-field validation;</li>
 *   <li>the task's deadline has passed ({@link TaskDeadlinePassed}): 409 saying what happens instead;</li>
 *   <li>a concurrent change won (optimistic locking, a database serialization failure or deadlock): 409;</li>
 *   <li>the task, process instance or execution belongs to another company's store (Camunda's tenant check,
 *       {@code ENGINE-13034}, met when reading a task's form or variables, claiming it, or changing a variable by
 *       id): 403, as the dispute API answers for another company's dispute, and without the engine's message, which
 *       names the record.</li>
 * </ul>
 * The answer is {@code application/problem+json} with Camunda's {@code message} member besides {@code detail}, which
 * Tasklist shows; the log gets one line, not the engine's error with its stack trace ({@link RefusalLogFilter}).
 * Everything else goes to Camunda's handler.
 */
@Provider
@Priority(1)
public class EngineRestRefusalMapper implements ExceptionMapper<RestException> {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://disputeflow.io/problems/";
    /** Camunda's code for a command on a record of a tenant the user is not a member of. */
    static final String OTHER_TENANT = "ENGINE-13034";

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestRefusalMapper.class);

    private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        return refusal(exception).orElseGet(() -> camundaHandler.toResponse(exception));
    }

    static Optional<Response> refusal(Throwable exception) {
        return problem(exception).map(EngineRestRefusalMapper::refused);
    }

    /** The answer to a refusal, logged in one line. */
    static Response refused(Map<String, Object> problem) {
        return answer(logged(problem));
    }

    /** {@code problem}, logged in one line. */
    static Map<String, Object> logged(Map<String, Object> problem) {
        LOG.info("Refused with {} {}: {}", problem.get("status"), problem.get("type"), problem.get("detail"));
        return problem;
    }

    /** The problem a refusal is answered with; empty for anything else (a server error). */
    static Optional<Map<String, Object>> problem(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputRejected rejected) {
                Map<String, Object> body = body(Response.Status.BAD_REQUEST, "validation", "The form has an invalid field",
                        rejected.getMessage());
                if (rejected.field() != null) {
                    body.put("field", rejected.field());
                    FormWords.label(rejected.field()).ifPresent(label -> body.put("label", label));
                }
                if (rejected.rule() != null) {
                    body.put("rule", rejected.rule());
                }
                return Optional.of(body);
            }
            if (cause instanceof FormFieldValidationException invalid) {
                return Optional.of(body(Response.Status.BAD_REQUEST, "validation", "The form has an invalid field",
                        invalid.getMessage()));
            }
            if (cause instanceof TaskAssigneeRefused refused) {
                Map<String, Object> body = body(Response.Status.BAD_REQUEST, "assignee-refused",
                        "This person cannot take the task", refused.getMessage());
                body.put("field", "userId");
                return Optional.of(body);
            }
            if (cause instanceof TaskDeadlinePassed late) {
                return Optional.of(body(Response.Status.CONFLICT, "deadline-passed", "The deadline has passed",
                        late.getMessage()));
            }
            if (String.valueOf(cause.getMessage()).contains(OTHER_TENANT)) {
                return Optional.of(anotherCompanys());
            }
            if (ConcurrentChange.isConflict(cause)) {
                return Optional.of(body(Response.Status.CONFLICT, "concurrent-update", "The dispute changed",
                        "The dispute changed while you worked on it (e.g. the buyer modified it) and that change won: "
                                + "reload and decide again."));
            }
        }
        return Optional.empty();
    }

    /** The refusal of a task, process or dispute of another company's store. */
    static Map<String, Object> anotherCompanys() {
        return body(Response.Status.FORBIDDEN, "forbidden", "Not allowed for this account",
                "This belongs to a store of another company: you can only see and work on the disputes of "
                        + "your own company's stores.");
    }

    /** A problem object that Tasklist can show: RFC 9457 members plus Camunda's {@code message}. */
    static Map<String, Object> body(Response.Status status, String type, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPES + type);
        body.put("title", title);
        body.put("status", status.getStatusCode());
        body.put("detail", detail);
        body.put("message", detail);
        return body;
    }

    private static Response answer(Map<String, Object> body) {
        return Response.status((int) body.get("status")).type(PROBLEM_JSON).entity(body).build();
    }
}
