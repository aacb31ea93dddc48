package io.disputeflow.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A supervisor's overview of their stores (all stores for the platform): open disputes, money at risk, deadlines
 * overdue and due within a day, each with what happens when it passes, open incidents and the arbitration intake
 * queue. Every figure names its store and dispute.
 */
public record SupervisionView(Instant asOf, String scope, List<StoreFigures> stores, List<Money> moneyAtRisk,
                              List<DeadlineRow> overdue, List<DeadlineRow> dueWithinADay, List<IncidentRow> incidents,
                              IntakeQueue arbitrationIntake) {

    public record IncidentRow(String disputeId, String processInstanceId, String storeName, String step,
                              String message, Instant since) {
    }

    /** Escalated cases nobody has taken up yet (R10: within 2 working days). */
    public record IntakeQueue(long cases, Instant oldestSince) {
    }

    public record Money(String currency, BigDecimal amount) {
    }

    public record RiskShare(String rule, String otherwise, int disputes, String currency, BigDecimal amount) {
    }

    public record StatusCount(String status, String label, int disputes) {
    }

    public record StoreFigures(String companyName, String storeId, String storeName, int openDisputes, List<StatusCount> byStatus,
                               List<RiskShare> moneyAtRisk, DisputeRate disputeRate) {
    }

    /**
     * R18: the quarter's disputes that count against the store, and the rate per order once the marketplace reports
     * the quarter's order volumes ({@code rate} null until then); {@code volumes} says in words what the rate lacks
     * (null when every day passed so far is reported).
     */
    public record DisputeRate(String quarter, int counted, Long orders, BigDecimal rate, String volumes) {
    }

    public record DeadlineRow(String disputeId, String processInstanceId, String storeId, String storeName, String what,
                              Instant dueAt,
                              String rule, String otherwise, Money atRisk) {
    }
}
