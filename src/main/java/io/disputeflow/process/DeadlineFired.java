package io.disputeflow.process;

/** A rule's deadline passed and its timer fired (published in the job's transaction; counters wait for its commit). */
public record DeadlineFired(String rule, String timerId) {
}
