package io.disputeflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    static final Instant MONDAY = Instant.parse("2026-11-02T10:00:00Z");
    static final Instant FRIDAY = Instant.parse("2026-11-06T10:00:00Z");
    static final Instant SATURDAY = Instant.parse("2026-11-07T10:00:00Z");

    @Test
    void R10_twoWorkingDaysFromMonday_isWednesdaySameTime() {
        assertThat(calendar(List.of()).addWorkingDays(MONDAY, 2)).isEqualTo(Instant.parse("2026-11-04T10:00:00Z"));
    }

    @Test
    void R10_twoWorkingDaysFromFriday_skipTheWeekend() {
        assertThat(calendar(List.of()).addWorkingDays(FRIDAY, 2)).isEqualTo(Instant.parse("2026-11-10T10:00:00Z"));
    }

    @Test
    void R10_countingFromASaturday_startsOnMonday() {
        assertThat(calendar(List.of()).addWorkingDays(SATURDAY, 2)).isEqualTo(Instant.parse("2026-11-11T10:00:00Z"));
    }

    @Test
    void R10_configuredHolidaysAreSkipped() {
        WorkingDayCalendar withHoliday = calendar(List.of(LocalDate.parse("2026-11-03")));
        assertThat(withHoliday.addWorkingDays(MONDAY, 2)).isEqualTo(Instant.parse("2026-11-05T10:00:00Z"));
    }

    @Test
    void R10_daysAreCountedInThePlatformsTimeZone() {
        // Friday 23:30 UTC is already Saturday in Shanghai: counting starts on Monday there.
        Instant fridayNightUtc = Instant.parse("2026-11-06T23:30:00Z");
        WorkingDayCalendar shanghai = new WorkingDayCalendar(Clock.fixed(fridayNightUtc, ZoneOffset.UTC),
                new CalendarProperties(ZoneId.of("Asia/Shanghai"), List.of()));
        assertThat(shanghai.addWorkingDays(fridayNightUtc, 2)).isEqualTo(Instant.parse("2026-11-10T23:30:00Z"));
    }

    @Test
    void afterReadsAnIsoPeriodFromTheModel() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(Clock.fixed(FRIDAY, ZoneOffset.UTC),
                new CalendarProperties(null, null));
        assertThat(calendar.after("P2D").toInstant()).isEqualTo(Instant.parse("2026-11-10T10:00:00Z"));
        assertThatThrownBy(() -> calendar.after("P1M")).hasMessageContaining("counted in days");
    }

    private static WorkingDayCalendar calendar(List<LocalDate> holidays) {
        return new WorkingDayCalendar(Clock.fixed(MONDAY, ZoneOffset.UTC), new CalendarProperties(ZoneOffset.UTC, holidays));
    }
}
