package io.disputeflow.buyercare;

import io.disputeflow.dispute.DisputeRecords;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Outbound messages to the buyer, each also on the dispute's timeline. */
@Repository
public class BuyerMessages {

    private final JdbcTemplate jdbc;
    private final DisputeRecords disputes;
    private final Clock clock;

    public BuyerMessages(JdbcTemplate jdbc, DisputeRecords disputes, Clock clock) {
        this.jdbc = jdbc;
        this.disputes = disputes;
        this.clock = clock;
    }

    /** @param template the reply template used (L1, L2, L3), or null for a free text */
    @Transactional
    public void send(String disputeId, String sentBy, String template, String body) {
        String language = disputes.get(disputeId).buyerLanguage();
        jdbc.update("""
                INSERT INTO buyer_message (dispute_id, sent_at, sent_by, language, template, body)
                VALUES (?, ?, ?, ?, ?, ?)""",
                disputeId, Timestamp.from(clock.instant()), sentBy, language, template, body);
        disputes.appendTimeline(disputeId, sentBy, "MESSAGE_TO_BUYER", template == null ? body : template + ": " + body);
    }

    public List<String> bodies(String disputeId) {
        return jdbc.queryForList("SELECT body FROM buyer_message WHERE dispute_id = ? ORDER BY id", String.class,
                disputeId);
    }
}
