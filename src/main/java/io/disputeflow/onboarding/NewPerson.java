package io.disputeflow.onboarding;

/** One of a company's people to give an account: their user id (sign-in name), names, e-mail and role. */
public record NewPerson(String userId, String firstName, String lastName, String email, CompanyRole role) {
}
