package io.disputeflow.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a deployment whose models break what the application relies on ({@link DeploymentContractCheck}), whoever
 * deploys it (Camunda Modeler over {@code /engine-rest}, the Java API, the application's start). A deployer ahead of
 * Camunda's own sees every resource of the deployment at once, which a parse listener (one process at a time) does
 * not; nothing is stored when it refuses. Deployments already stored are not checked again when Camunda reloads them
 * into its cache.
 */
class DeploymentGuard extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentGuard.class);

    private final DeploymentContractCheck check;

    DeploymentGuard(ModelContract contract, Predicate<String> isBean) {
        this.check = new DeploymentContractCheck(contract, isBean);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(this::refuseIfBroken);
        configuration.setCustomPreDeployers(deployers);
    }

    private void refuseIfBroken(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            resources.put(resource.getName(), resource.getBytes());
        }
        List<ContractBreach> breaches = check.check(resources);
        if (!breaches.isEmpty()) {
            LOG.warn("Refused deployment '{}' from {}: {} problem(s) with the model contract", deployment.getName(),
                    deployment.getSource(), breaches.size());
            throw new DeploymentRefused(breaches);
        }
    }
}
