package io.disputeflow.process;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.model.bpmn.instance.Expression;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * An ISO-8601 duration written out in a timer or due date: the whole definition ({@code P30D}, {@code R/P2D}), read by
 * Camunda, or the period of {@code ${deadlines.after(requestedAt, 'P5D')}}, read by {@link Deadlines} as a
 * {@link Period}.
 */
record DurationLiteral(String text, boolean inExpression) {

    private static final Pattern QUOTED_PERIOD = Pattern.compile("'(P[^']*)'");

    /** The durations written out in a timer's or due date's definition; none for {@code ${intakeDueAt}}. */
    static List<DurationLiteral> in(String definition) {
        List<DurationLiteral> literals = new ArrayList<>();
        if (definition == null || definition.isBlank()) {
            return literals;
        }
        String text = definition.trim();
        if (text.contains("${") || text.contains("#{")) {
            Matcher quoted = QUOTED_PERIOD.matcher(text);
            while (quoted.find()) {
                literals.add(new DurationLiteral(quoted.group(1), true));
            }
        } else if (text.startsWith("P") || text.startsWith("R")) {
            literals.add(new DurationLiteral(text, false));
        }
        return literals;
    }

    /** The text of a timer's date, duration or cycle; null when it has none. */
    static String timerText(TimerEventDefinition timer) {
        for (Expression expression : new Expression[] {timer.getTimeDate(), timer.getTimeDuration(),
                timer.getTimeCycle()}) {
            if (expression != null) {
                return expression.getTextContent();
            }
        }
        return null;
    }

    /** Why the engine or {@link Deadlines} cannot read it, in words; empty when it can. */
    Optional<String> problem() {
        if (inExpression) {
            try {
                Period.parse(text);
                return Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.of("'" + text + "', which is not an ISO-8601 period: write it like P5D (5 days), "
                        + "P2W (2 weeks) or P1M (1 month)");
            }
        }
        try {
            new DurationHelper(text);
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of("'" + text + "', which is not an ISO-8601 duration: write it like P5D (5 days), "
                    + "PT12H (12 hours) or R/P2D (every 2 days)");
        }
    }
}
