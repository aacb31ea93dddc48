package io.disputeflow.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/** The engine exceptions Camunda's REST API passes on unwrapped: a lost race is 409, not 500. */
@Provider
@Priority(1)
public class EngineConflictMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camundaHandler = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        return EngineRestRefusalMapper.refusal(exception).orElseGet(() -> camundaHandler.toResponse(exception));
    }
}
