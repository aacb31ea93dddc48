package io.disputeflow.onboarding;

import io.disputeflow.problem.Problem;

/** The user id names none of the company's people. */
class UnknownPersonException extends RuntimeException implements Problem {

    UnknownPersonException(String companyId, String userId) {
        super("Company " + companyId + " has nobody with user id " + userId + ": check the user id");
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String type() {
        return "person-not-found";
    }

    @Override
    public String title() {
        return "No such person";
    }
}
