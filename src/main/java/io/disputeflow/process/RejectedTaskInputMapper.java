package io.disputeflow.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's REST API answers 500 when a task listener refuses a completion, because the engine wraps the
 * listener's exception. A refusal by {@link TaskInputRejected} is the caller's mistake: answer 400 with the
 * reason, the way Camunda answers its own form-field validation. Everything else goes to Camunda's handler.
 */
@Provider
@Priority(1)
public class RejectedTaskInputMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof FormFieldValidationException rejected) {
                return Response.status(Response.Status.BAD_REQUEST)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "TaskInputRejected", "message", rejected.getMessage(), "code", 400))
                        .build();
            }
        }
        return camundaHandler.toResponse(exception);
    }
}
