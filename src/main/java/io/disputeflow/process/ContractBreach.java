package io.disputeflow.process;

/**
 * One way a deployment breaks what the application relies on: in which resource and process (or decision), at which
 * element (its id; null when the element is gone from the model), and a sentence for the process owner.
 */
record ContractBreach(String resource, String process, String element, String message) {
}
