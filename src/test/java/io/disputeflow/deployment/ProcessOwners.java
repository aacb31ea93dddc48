package io.disputeflow.deployment;

import io.disputeflow.identity.PlatformGroup;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;

/** Accounts and clean-up for tests in which a process owner deploys from Camunda Modeler. */
public final class ProcessOwners {

    /** The demo's process owner; like every demo account, the password is the user id. */
    public static final String OWNER = "owen";
    public static final String DEPLOYMENT_NAME = "DisputeFlow rules";

    private ProcessOwners() {
    }

    /** A demo-like account whose password is its id, member of {@code group}. */
    public static void account(IdentityService identity, String id, PlatformGroup group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(id);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(group.id()).count() == 0) {
            identity.createMembership(id, group.id());
        }
    }

    /**
     * Deletes every deployment made from Modeler, with the process instances that run on it, so that the other test
     * classes of the shared Spring context start disputes on the models the application deployed.
     */
    public static void deleteModelerDeployments(RepositoryService repository) {
        List<String> ids = repository.createDeploymentQuery().deploymentSource(CamundaModelerClient.DEPLOYMENT_SOURCE)
                .list().stream().map(Deployment::getId).toList();
        ids.forEach(id -> repository.deleteDeployment(id, true));
    }
}
