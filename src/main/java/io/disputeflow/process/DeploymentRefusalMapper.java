package io.disputeflow.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.ParseExceptionDto;

/**
 * A refused deployment ({@link DeploymentRefused}) on {@code /engine-rest}: 400 {@code application/problem+json} with
 * the breaches as {@code problems} ({@code process}, {@code element}, {@code message}), Camunda's {@code message} (the
 * text Camunda Modeler writes to its log, one problem a line) and Camunda's {@code details} of a parse error (per
 * resource: {@code errors} with the element ids), so clients of either kind read it.
 */
@Provider
@Priority(1)
public class DeploymentRefusalMapper implements ExceptionMapper<DeploymentRefused> {

    @Override
    public Response toResponse(DeploymentRefused refused) {
        Map<String, Object> body = EngineRestRefusalMapper.body(Response.Status.BAD_REQUEST, "model-contract",
                "The deployment breaks what the application relies on", refused.getMessage());
        List<Map<String, Object>> problems = refused.breaches().stream().map(DeploymentRefusalMapper::problem).toList();
        body.put("problems", problems);
        body.put("details", ParseExceptionDto.fromException(refused).getDetails());
        return Response.status(Response.Status.BAD_REQUEST).type(EngineRestRefusalMapper.PROBLEM_JSON).entity(body)
                .build();
    }

    private static Map<String, Object> problem(ContractBreach breach) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("process", breach.process());
        problem.put("element", breach.element());
        problem.put("message", breach.message());
        return problem;
    }
}
