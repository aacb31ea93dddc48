package io.disputeflow.process;

import io.disputeflow.dispute.Deadline;
import java.time.Instant;
import java.util.Optional;

/** What a timer of the models means to the parties (see {@link DeadlineCatalog}), for features outside this package. */
public final class DeadlineMeanings {

    private DeadlineMeanings() {
    }

    /** The deadline a timer stands for, due at {@code dueAt}; empty for timers without a rule (reminders). */
    public static Optional<Deadline> of(String timerId, Instant dueAt) {
        return DeadlineCatalog.meaningOf(timerId)
                .map(meaning -> new Deadline(meaning.what(), dueAt, meaning.otherwise(), meaning.rule()));
    }
}
