package io.disputeflow.storefront;

import io.disputeflow.dispute.Deadline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shapes inside an event's {@code data}: money as a decimal string with its currency, times as UTC ISO-8601. */
final class EventData {

    private EventData() {
    }

    static Map<String, Object> money(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
        money.put("currency", currency);
        return money;
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** What must happen by when, what happens otherwise, and the rule. */
    static Map<String, Object> deadline(Deadline deadline) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", deadline.rule());
        json.put("dueAt", time(deadline.dueAt()));
        json.put("what", deadline.what());
        json.put("otherwise", deadline.otherwise());
        return json;
    }
}
