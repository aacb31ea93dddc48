package io.disputeflow.problem;

import java.util.List;
import java.util.Map;

/**
 * A refusal that says how the API states it as {@code application/problem+json} (RFC 9457): each feature's
 * exceptions carry their own status, type and fields, so the API's shared handler needs to know no feature. The
 * exception's message is the problem's {@code detail}: what to do about it.
 */
public interface Problem {

    /** The HTTP status, e.g. 404. */
    int httpStatus();

    /** The last segment of the problem's type URI, e.g. {@code dispute-not-found}. */
    String type();

    String title();

    String getMessage();

    /** Further members of the problem object, e.g. {@code rule} or {@code disputeStatus}. */
    default Map<String, Object> properties() {
        return Map.of();
    }

    /** The offending fields, when the refusal is about fields of the request. */
    default List<FieldProblem> errors() {
        return List.of();
    }

    /** Where the resource the problem points to lives (a Location header), or null. */
    default String location() {
        return null;
    }
}
