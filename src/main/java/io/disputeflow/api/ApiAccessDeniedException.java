package io.disputeflow.api;

/** The caller is authenticated but its role or its stores do not cover this request. */
public class ApiAccessDeniedException extends RuntimeException {

    public ApiAccessDeniedException(String message) {
        super(message);
    }
}
