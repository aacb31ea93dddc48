package io.disputeflow.process;

import io.disputeflow.decision.LiteralFeelCachePlugin;
import io.disputeflow.process.ProcessModel.ClassificationOutputs;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Variables;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.springframework.stereotype.Component;

/**
 * What the {@code DisputeClassification} decision says for a reason code, for the facts the process no longer
 * keeps as variables: the evidence to collect, the checklist of required evidence kinds and whether a negotiated
 * dispute counts toward the seller's dispute rate (R18). The decision deployed with the asking process is read (the
 * latest one when that deployment has none), the same table the business rule task evaluates for the audit; its
 * answer for a reason depends on nothing else, so it is kept per decision definition and reason. Runs inside an
 * engine command (a delegate, listener or form read) and writes no decision history: the task's evaluation did.
 */
@Component
public class ClassificationLookup {

    private final DmnEngine dmn = LiteralFeelCachePlugin.dmnEngineWithoutListeners();
    private final Map<List<String>, Map<String, Object>> answers = new ConcurrentHashMap<>();
    private final Map<String, String> decisionOfDefinition = new ConcurrentHashMap<>();

    /** The decision's outputs (by output name) for {@code reason}; empty when no rule matches. */
    public Map<String, Object> outputsFor(String processDefinitionId, String reason) {
        String decisionId = decisionFor(processDefinitionId);
        return answers.computeIfAbsent(List.of(decisionId, String.valueOf(reason)), key -> evaluate(decisionId, reason));
    }

    public String evidenceToCollect(String processDefinitionId, String reason) {
        return (String) outputsFor(processDefinitionId, reason).get(ClassificationOutputs.EVIDENCE_TO_COLLECT);
    }

    public String requiredEvidence(String processDefinitionId, String reason) {
        return (String) outputsFor(processDefinitionId, reason).get(ClassificationOutputs.REQUIRED_EVIDENCE);
    }

    public Boolean countsTowardRateIfNegotiated(String processDefinitionId, String reason) {
        return (Boolean) outputsFor(processDefinitionId, reason)
                .get(ClassificationOutputs.COUNTS_TOWARD_RATE_IF_NEGOTIATED);
    }

    private Map<String, Object> evaluate(String decisionId, String reason) {
        var decision = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedDecisionDefinitionById(decisionId);
        DmnDecisionResultEntries result = dmn.evaluateDecision(decision,
                org.camunda.bpm.engine.variable.Variables.putValue(Variables.REASON, reason)).getFirstResult();
        return result == null ? Map.of() : Map.copyOf(result.getEntryMap().entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The decision deployed with the process definition (both never change), else the latest one. */
    private String decisionFor(String processDefinitionId) {
        String known = decisionOfDefinition.get(processDefinitionId);
        if (known != null) {
            return known;
        }
        DeploymentCache cache = Context.getProcessEngineConfiguration().getDeploymentCache();
        String deploymentId = cache.findDeployedProcessDefinitionById(processDefinitionId).getDeploymentId();
        try {
            String deployedWith = cache.findDeployedDecisionDefinitionByDeploymentAndKey(deploymentId,
                    Definitions.DISPUTE_CLASSIFICATION).getId();
            decisionOfDefinition.put(processDefinitionId, deployedWith);
            return deployedWith;
        } catch (ProcessEngineException notInThatDeployment) {
            // not remembered: a later deployment of the decision becomes the latest
            return cache.findDeployedLatestDecisionDefinitionByKey(Definitions.DISPUTE_CLASSIFICATION).getId();
        }
    }
}
