package io.disputeflow.dispute;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them on screens and in messages: minutes, with the zone, e.g. "2026-11-23 10:00 UTC". */
public final class Times {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String utc(Instant instant) {
        return instant == null ? null : UTC.format(instant);
    }
}
