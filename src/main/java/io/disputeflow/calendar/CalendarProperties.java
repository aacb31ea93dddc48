package io.disputeflow.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's working calendar (R10): its time zone and the holidays on which arbitrators do not work.
 * Saturdays and Sundays are never working days.
 */
@ConfigurationProperties("disputeflow.calendar")
public record CalendarProperties(ZoneId zone, List<LocalDate> holidays) {

    public CalendarProperties {
        zone = zone == null ? ZoneOffset.UTC : zone;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
