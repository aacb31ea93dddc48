package io.disputeflow.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's REST API answers 500 for refusals that are not server errors, which Tasklist users meet (a task that is
 * gone is answered by {@link TaskCompletionLockFilter} before the engine):
 * <ul>
 *   <li>a task listener refuses the input ({@link TaskInputRejected}): 400 with the reason, like Camunda's own
 *       form-field validation;</li>
 *   <li>the task's deadline has passed ({@link TaskDeadlinePassed}): 409 saying what happens instead;</li>
 *   <li>a concurrent change won (optimistic locking, a database serialization failure or deadlock): 409.</li>
 * </ul>
 * Everything else goes to Camunda's handler.
 */
@Provider
@Priority(1)
public class EngineRestRefusalMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        return refusal(exception).orElseGet(() -> camundaHandler.toResponse(exception));
    }

    static Optional<Response> refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException rejected) {
                return Optional.of(answer(Response.Status.BAD_REQUEST, "TaskInputRejected", rejected.getMessage()));
            }
            if (cause instanceof TaskDeadlinePassed late) {
                return Optional.of(answer(Response.Status.CONFLICT, "DeadlinePassed", late.getMessage()));
            }
            if (ConcurrentChange.isConflict(cause)) {
                return Optional.of(answer(Response.Status.CONFLICT, "ConcurrentChange", "The dispute changed while "
                        + "you worked on it (e.g. the buyer modified it) and that change won: reload and decide again."));
            }
        }
        return Optional.empty();
    }

    private static Response answer(Response.Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message, "code", status.getStatusCode())).build();
    }
}
