package io.disputeflow.store;

import io.disputeflow.problem.Problem;

/** No company has this id. */
public class UnknownCompanyException extends RuntimeException implements Problem {

    public UnknownCompanyException(String companyId) {
        super("No company with id " + companyId + ": create it first with POST /api/companies");
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String type() {
        return "company-not-found";
    }

    @Override
    public String title() {
        return "No such company";
    }
}
