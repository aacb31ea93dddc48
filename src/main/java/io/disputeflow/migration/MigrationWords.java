package io.disputeflow.migration;

import io.disputeflow.api.MoneyJson;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words of the preview and the timeline: due dates, shifts, money, why a dispute cannot move. */
final class MigrationWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private MigrationWords() {
    }

    static String time(Instant instant) {
        return instant == null ? "no due date" : TIME.format(instant);
    }

    /** "2 days", "1 day 6 hours", "45 minutes". */
    static String duration(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(days + (days == 1 ? " day" : " days"));
        }
        if (hours > 0) {
            parts.add(hours + (hours == 1 ? " hour" : " hours"));
        }
        if (minutes > 0 || parts.isEmpty()) {
            parts.add(minutes + (minutes == 1 ? " minute" : " minutes"));
        }
        return String.join(" ", parts);
    }

    /** A step the model gives no name: its id is a code, not words. */
    static String unnamed(String elementId) {
        return "an unnamed step";
    }

    static String money(List<MoneyJson> amounts) {
        return amounts.isEmpty() ? "nothing" : amounts.stream().map(amount -> amount.amount() + " " + amount.currency())
                .collect(Collectors.joining(" and "));
    }

    /** The step the dispute waits in is gone from the target version. */
    static String stepGone(String step, int targetVersion, boolean sameNameElsewhere) {
        return "waits in '" + step + "', which version " + targetVersion + " no longer has"
                + (sameNameElsewhere ? " (it has a new step of that name, which Camunda does not treat as the same)"
                : "");
    }

    /** The step exists in the target version, but a dispute waiting in it cannot be moved into it. */
    static String stepIncompatible(String step, int targetVersion) {
        return "waits in '" + step + "', which version " + targetVersion + " changed in a way a waiting dispute cannot"
                + " be moved into";
    }

    static String aboutToRun(String step, int targetVersion) {
        return "is about to run '" + step + "', which version " + targetVersion + " no longer has in that form";
    }

    static String versionsDoNotMatch(int fromVersion, int targetVersion) {
        return "the steps of version " + fromVersion + " cannot be matched to those of version " + targetVersion;
    }

    static String notAllowed() {
        return "your account may not move it: it belongs to a store or process your account does not serve";
    }

    static String engineRefused(int targetVersion) {
        return "Camunda cannot move it to version " + targetVersion + " as it is (the application log has the details)";
    }

    static String timelineDetail(String who, String fromVersion, String toVersion, List<DueDateShift> shifts) {
        String moved = "Moved by " + who + " from version " + fromVersion + " to version " + toVersion;
        List<String> changes = shifts.stream().filter(DueDateShift::changed).map(MigrationWords::shift).toList();
        return changes.isEmpty() ? moved + "; no deadline changed" : moved + ": " + String.join("; ", changes);
    }

    private static String shift(DueDateShift shift) {
        String what = shift.kind().equals("deadline") ? "'" + shift.what() + "'" : shift.what();
        if (shift.dueAfter() == null) {
            return what + " no longer applies (was due " + time(shift.dueBefore()) + ")";
        }
        if (shift.dueBefore() == null) {
            return what + " due " + time(shift.dueAfter()) + " (new)";
        }
        return what + " due " + time(shift.dueAfter()) + " (was " + time(shift.dueBefore()) + ")";
    }
}
