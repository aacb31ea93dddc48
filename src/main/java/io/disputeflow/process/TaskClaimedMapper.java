package io.disputeflow.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Two agents claim the same task (both saw it unclaimed in Tasklist): the second one is told who has it, by name,
 * with 409 instead of Camunda's 500 "Task '…' is already claimed by someone else". Registered with the other refusal
 * mappers on {@code /engine-rest} and on Tasklist's own path.
 */
@Provider
@Priority(1)
public class TaskClaimedMapper implements ExceptionMapper<TaskAlreadyClaimedException> {

    @Override
    public Response toResponse(TaskAlreadyClaimedException claimed) {
        return EngineRestRefusalMapper.refused(EngineRestRefusalMapper.body(Response.Status.CONFLICT,
                "task-already-claimed", "Someone else has this task", nameOf(claimed.getTaskAssignee())
                        + " has already claimed this task: only they can work on it now. Pick another task from the "
                        + "list, or ask them to hand this one back."));
    }

    /** The claimant's name as Tasklist shows it, read on the platform's behalf (a colleague's account). */
    private static String nameOf(String userId) {
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        User user = new EngineReads(engine).unrestricted(() -> engine.getIdentityService().createUserQuery()
                .userId(userId).singleResult());
        return Optional.ofNullable(user).map(TaskActors::displayName).orElse("A colleague");
    }
}
