package io.disputeflow.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO-8601 durations as the forms say them: {@code P5D} → "5 days", {@code PT12H} → "12 hours",
 * {@code P1DT12H} → "1 day 12 hours"; a repeating cycle {@code R/P2D} reads as its interval.
 */
final class DurationWords {

    /** A duration literal inside any text, e.g. the 'P5D' of {@code ${deadlines.after(requestedAt, 'P5D')}}. */
    private static final Pattern LITERAL = Pattern.compile(
            "(?<![A-Za-z0-9])P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
                    + "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?(?![A-Za-z0-9])");
    private static final String[] UNITS = {"year", "month", "week", "day", "hour", "minute", "second"};

    private DurationWords() {
    }

    /** The first duration literal in {@code text} in words; days counted as {@code dayWord} ("day", "working day"). */
    static Optional<String> firstIn(String text, String dayWord) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher literal = LITERAL.matcher(text);
        if (!literal.find()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (int unit = 0; unit < UNITS.length; unit++) {
            String amount = literal.group(unit + 1);
            if (amount != null) {
                String word = unit == 3 ? dayWord : UNITS[unit];
                parts.add(amount + " " + word + (Integer.parseInt(amount) == 1 ? "" : "s"));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    static Optional<String> firstIn(String text) {
        return firstIn(text, "day");
    }
}
