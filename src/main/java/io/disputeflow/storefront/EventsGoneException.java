package io.disputeflow.storefront;

import io.disputeflow.problem.Problem;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catch-up from a cursor older than the retention: some events after it were deleted, so reading on would skip
 * them silently. 410 Gone, as calendar and directory APIs answer an expired sync token; the storefront resumes
 * from {@code resumeAfter} and reconciles what it missed from the disputes themselves.
 */
class EventsGoneException extends RuntimeException implements Problem {

    private final long after;
    private final long resumeAfter;
    private final Long oldestAvailableCursor;
    private final Duration retention;

    EventsGoneException(long after, long resumeAfter, Long oldestAvailableCursor, Duration retention) {
        super("Events after cursor " + after + " are no longer kept: events are deleted " + retention.toDays()
                + " days after they occurred. Read the disputes you follow with GET /api/disputes/{id} to bring them"
                + " up to date, then go on with after=" + resumeAfter + ".");
        this.after = after;
        this.resumeAfter = resumeAfter;
        this.oldestAvailableCursor = oldestAvailableCursor;
        this.retention = retention;
    }

    @Override
    public int httpStatus() {
        return 410;
    }

    @Override
    public String type() {
        return "events-gone";
    }

    @Override
    public String title() {
        return "Events after this cursor are gone";
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("after", after);
        properties.put("resumeAfter", resumeAfter);
        properties.put("oldestAvailableCursor", oldestAvailableCursor);
        properties.put("retention", retention.toString());
        return properties;
    }
}
