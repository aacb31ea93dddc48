package io.disputeflow.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as {@code 2026-Q4}, in UTC: the period over which the dispute rate is assessed (R18). */
public record Quarter(int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, got " + number);
        }
    }

    public static Quarter parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter: write it like 2026-Q4");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static Quarter of(Instant instant) {
        LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public Instant start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant end() {
        return number == 4 ? new Quarter(year + 1, 1).start() : new Quarter(year, number + 1).start();
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
