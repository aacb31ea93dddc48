package io.disputeflow.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Expression bean {@code workingDays}: deadlines counted in working days, e.g.
 * {@code ${workingDays.after('P2D')}} for the platform's 2-working-day intake (R10). A deadline keeps the time of
 * day; counting from a weekend or holiday starts at the next working day.
 */
@Component("workingDays")
public class WorkingDayCalendar {

    private final Clock clock;
    private final CalendarProperties calendar;
    private final Set<java.time.LocalDate> holidays;

    public WorkingDayCalendar(Clock clock, CalendarProperties calendar) {
        this.clock = clock;
        this.calendar = calendar;
        this.holidays = new HashSet<>(calendar.holidays());
    }

    /** Now plus the days of an ISO-8601 period (e.g. {@code P2D}) counted as working days. */
    public Date after(String isoPeriod) {
        Period period = Period.parse(isoPeriod);
        if (period.getYears() != 0 || period.getMonths() != 0) {
            throw new IllegalArgumentException("Working-day deadlines are counted in days, e.g. P2D; got " + isoPeriod);
        }
        return Date.from(addWorkingDays(clock.instant(), period.getDays()));
    }

    public Instant addWorkingDays(Instant from, int days) {
        ZonedDateTime moment = from.atZone(calendar.zone());
        while (!isWorkingDay(moment)) {
            moment = moment.plusDays(1);
        }
        for (int counted = 0; counted < days; counted++) {
            moment = moment.plusDays(1);
            while (!isWorkingDay(moment)) {
                moment = moment.plusDays(1);
            }
        }
        return moment.toInstant();
    }

    public boolean isWorkingDay(ZonedDateTime moment) {
        DayOfWeek day = moment.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(moment.toLocalDate());
    }
}
