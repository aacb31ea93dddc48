package io.disputeflow.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A dispute's task was to be given to someone who could not open it; the claim, assignment or delegation is rolled
 * back and the REST API answers 400 with this sentence ({@link EngineRestRefusalMapper}).
 */
public final class TaskAssigneeRefused extends ProcessEngineException {

    TaskAssigneeRefused(String sentence) {
        super(sentence);
    }
}
