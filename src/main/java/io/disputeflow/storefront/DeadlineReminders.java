package io.disputeflow.storefront;

import io.disputeflow.persistence.InsertOnce;
import io.disputeflow.process.DisputeProcesses;
import io.disputeflow.process.DisputeProcesses.DisputeDeadline;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code dispute.deadline_approaching}: once per deadline of a rule (e.g. the seller's answer, R2; the return's
 * shipment, R13), when it falls due within the reminder lead (1 day). The deadlines are the dispute's timers, so a
 * deadline the buyer moved (a modification restarts the seller's 5 days, R3) is reminded again at its new date.
 */
@Component
public class DeadlineReminders {

    private static final int MAX_DEADLINES_PER_ROUND = 1000;

    private final DisputeProcesses processes;
    private final EventOutbox outbox;
    private final InsertOnce insertOnce;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventProperties properties;

    public DeadlineReminders(DisputeProcesses processes, EventOutbox outbox, InsertOnce insertOnce, JdbcTemplate jdbc,
                             PlatformTransactionManager transactions, EventProperties properties) {
        this.processes = processes;
        this.outbox = outbox;
        this.insertOnce = insertOnce;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    /** Writes the reminders of the deadlines due after {@code now} and within the lead; returns how many. */
    public int remindDue(Instant now) {
        Instant until = now.plus(properties.reminderLead());
        List<DisputeDeadline> due = processes.deadlinesDueBetween(now, until, MAX_DEADLINES_PER_ROUND);
        Set<String> reminded = new HashSet<>(jdbc.query(
                "SELECT dispute_id, rule, due_at FROM storefront_reminder WHERE due_at > ? AND due_at <= ?",
                (rs, row) -> key(rs.getString("dispute_id"), rs.getString("rule"),
                        rs.getTimestamp("due_at").toInstant()), Timestamp.from(now), Timestamp.from(until)));
        int written = 0;
        for (DisputeDeadline deadline : due) {
            if (!reminded.add(key(deadline.disputeId(), deadline.deadline().rule(), deadline.deadline().dueAt()))) {
                continue;
            }
            Boolean remindedNow = transaction.execute(status -> remind(deadline));
            if (Boolean.TRUE.equals(remindedNow)) {
                written++;
            }
        }
        return written;
    }

    /** The marker row and the event in one transaction: another node that reminds the same deadline writes neither. */
    private boolean remind(DisputeDeadline due) {
        boolean first = insertOnce.insert("INSERT INTO storefront_reminder (dispute_id, rule, due_at) VALUES (?, ?, ?)",
                due.disputeId(), due.deadline().rule(), Timestamp.from(due.deadline().dueAt()));
        if (first) {
            outbox.append(due.disputeId(), StorefrontEventType.DEADLINE_APPROACHING,
                    Map.of("deadline", EventData.deadline(due.deadline())));
        }
        return first;
    }

    private static String key(String disputeId, String rule, Instant dueAt) {
        return disputeId + "|" + rule + "|" + dueAt.toEpochMilli();
    }
}
