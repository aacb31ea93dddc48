package io.disputeflow.onboarding;

/** What an onboarding step left: the company, store or person, and whether this step created it. */
public record Onboarded<T>(T value, boolean created) {
}
