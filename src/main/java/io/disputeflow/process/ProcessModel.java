package io.disputeflow.process;

import io.disputeflow.dispute.CounterOfferType;
import io.disputeflow.dispute.DeclinedRefundAction;
import io.disputeflow.dispute.Resolution;
import io.disputeflow.dispute.ReturnOutcome;
import io.disputeflow.dispute.ReturnReceipt;
import io.disputeflow.dispute.RulingOutcome;
import io.disputeflow.dispute.SellerDecision;
import java.util.Map;

/**
 * The names the Java side shares with the BPMN/DMN models in {@code processes/}: process ids, message names,
 * element ids and variable names. A model change that renames one of these must change it here too; the
 * process tests fail otherwise.
 */
public final class ProcessModel {

    private ProcessModel() {
    }

    /**
     * Outputs of the DisputeClassification decision that no process variable keeps: {@link ClassificationLookup} reads
     * them from the decision deployed with the process.
     */
    public static final class ClassificationOutputs {
        public static final String EVIDENCE_TO_COLLECT = "evidenceToCollect";
        /** Evidence kinds the case file checks for, comma-separated (e.g. DELIVERY_SIGNATURE_PROOF). */
        public static final String REQUIRED_EVIDENCE = "requiredEvidence";
        public static final String COUNTS_TOWARD_RATE_IF_NEGOTIATED = "countsTowardRateIfNegotiated";

        private ClassificationOutputs() {
        }
    }

    /** Process and decision ids (file names follow them). */
    public static final class Definitions {
        public static final String DISPUTE_RESOLUTION = "DisputeResolution";
        public static final String PLATFORM_ARBITRATION = "PlatformArbitration";
        public static final String RETURN_SHIPMENT = "ReturnShipment";
        public static final String DISPUTE_CLASSIFICATION = "DisputeClassification";

        private Definitions() {
        }
    }

    /** Messages the buyer side (REST API) correlates by business key = dispute id. */
    public static final class Messages {
        public static final String BUYER_MODIFIED_DISPUTE = "BuyerModifiedDispute";
        public static final String BUYER_ACCEPTED_COUNTER_OFFER = "BuyerAcceptedCounterOffer";
        public static final String BUYER_REJECTED_COUNTER_OFFER = "BuyerRejectedCounterOffer";
        public static final String BUYER_ESCALATED = "BuyerEscalated";
        public static final String BUYER_CANCELLED = "BuyerCancelled";
        public static final String RETURN_SHIPPED = "ReturnShipped";

        private Messages() {
        }
    }

    /** BPMN error codes thrown by delegates. */
    public static final class Errors {
        public static final String REFUND_DECLINED = "RefundDeclined";

        private Errors() {
        }
    }

    /** Timer events whose due dates are the dispute's deadlines. */
    public static final class Timers {
        public static final String SELLER_RESPONSE_REMINDER = "Timer_SellerResponseReminder";
        public static final String SELLER_RESPONSE_DUE = "Timer_SellerResponseDue";
        public static final String NEGOTIATION_WINDOW_ENDS = "Timer_NegotiationWindowEnds";
        public static final String PROTECTION_PERIOD_ENDED = "StartEvent_ProtectionPeriodEnded";
        public static final String ARBITRATION_INTAKE_DUE = "Timer_ArbitrationIntakeDue";
        public static final String RETURN_SHIPMENT_DUE = "Timer_ReturnShipmentDue";
        public static final String RETURN_RECEIPT_DUE = "Timer_ReturnReceiptDue";
        /** Every 2 days while the buyer answers a rejection: a buyer-care update (L2, L3) for parcels without update. */
        public static final String BUYER_CARE_UPDATE_DUE = "StartEvent_BuyerCareUpdateDue";

        private Timers() {
        }
    }

    /** Other events the Java side reads from the models. */
    public static final class Events {
        /** PlatformArbitration's start: its listener fixes the intake deadline in working days (R10). */
        public static final String ARBITRATION_CASE_ESCALATED = "StartEvent_CaseEscalated";

        private Events() {
        }
    }

    /** User task ids (task definition keys). */
    public static final class Tasks {
        public static final String RESPOND_TO_DISPUTE = "Task_RespondToDispute";
        public static final String TAKE_UP_ARBITRATION_CASE = "Task_TakeUpArbitrationCase";
        public static final String RULE_ON_DISPUTE = "Task_RuleOnDispute";
        public static final String ASSIGN_OVERDUE_ARBITRATION_CASE = "Task_AssignOverdueArbitrationCase";
        public static final String CONFIRM_RETURN_RECEIPT = "Task_ConfirmReturnReceipt";
        public static final String RESOLVE_DECLINED_REFUND = "Task_ResolveDeclinedRefund";
        /** An arbitration supervisor reviews the seller's report of an abusive buyer. */
        public static final String REVIEW_ABUSE_REPORT = "Task_ReviewAbuseReport";
        /** The seller's agent sends the buyer an L2/L3 update while the parcel has no tracking update. */
        public static final String SEND_BUYER_CARE_UPDATE = "Task_SendBuyerCareUpdate";

        private Tasks() {
        }
    }

    /** Steps the Java side looks for in a running dispute. */
    public static final class Steps {
        /**
         * Settles the agreement and pays its refund (R5, R19) in the asynchronous step that reaches it: the seller's
         * 5-day deadline ({@link Timers#SELLER_RESPONSE_DUE}), {@link #SELLER_ACCEPTED} or
         * {@link #AGREED_ON_COUNTER_OFFER}.
         */
        public static final String SETTLE_AGREEMENT = "Task_SettleAgreement";
        /** The asynchronous step after the seller's acceptance: settles the agreement and pays its refund (R2, R19). */
        public static final String SELLER_ACCEPTED = "EndEvent_SellerAccepted";
        /** The asynchronous step after the buyer accepted a counter-offer: settles and pays it (R4, R19). */
        public static final String AGREED_ON_COUNTER_OFFER = "EndEvent_AgreedOnCounterOffer";
        /** Applies the ruling and, in the same asynchronous step, pays its refund (R11, R19). */
        public static final String APPLY_RULING = "Task_ApplyRuling";

        private Steps() {
        }
    }

    /** Process variables. Amounts are decimal strings in the order's currency. */
    public static final class Variables {
        // the dispute as filed (set when the process starts; the record holds the rest)
        /** Form field from the record (the business key is the dispute id), not a process variable. */
        public static final String DISPUTE_ID = "disputeId";
        /** The store: read by the tenant provider when an instance starts, passed to called processes for task filters. */
        public static final String STORE_ID = "storeId";
        /** The store's name, shown on Tasklist's task cards; passed to called processes like the store id. */
        public static final String STORE_NAME = "storeName";
        public static final String REASON = "reason";
        /** Currency and amounts: form fields from the record, not process variables. */
        public static final String CURRENCY = "currency";
        public static final String PAID_AMOUNT = "paidAmount";
        public static final String REQUESTED_AMOUNT = "requestedAmount";
        public static final String PROTECTION_ENDS_AT = "protectionEndsAt";
        /** When the buyer first filed; anchors the 15-day negotiation window (R7). */
        public static final String FILED_AT = "filedAt";
        /** When the buyer filed the request the seller answers now (the filing or the latest modification, R2, R3). */
        public static final String REQUESTED_AT = "requestedAt";

        // case file: form fields computed from the dispute record when a form is read (evidence/CaseFileFormFields)
        public static final String CASE_SUMMARY = "caseSummary";
        public static final String EVIDENCE_CHECKLIST = "evidenceChecklist";
        public static final String EVIDENCE_COUNT = "evidenceCount";
        /** Buyer-care replies offered to the agent for parcels without tracking update (L1-L3). */
        public static final String REPLY_L1 = "replyL1";
        public static final String REPLY_L2 = "replyL2";
        public static final String REPLY_L3 = "replyL3";
        /** The buyer's message (the dispute's description), escaped for Markdown, one paragraph per line. */
        public static final String BUYER_MESSAGE = "buyerMessage";
        /** Markdown list: order id, store, paid and requested amounts, reason, shipment, protection end, carrier. */
        public static final String ORDER_FACTS = "orderFacts";
        /** Markdown: last tracking update (when, where, days silent), delivery and signature. */
        public static final String TRACKING_FACTS = "trackingFacts";
        /** Markdown lists of each party's evidence with download links; "none yet" when empty. */
        public static final String EVIDENCE_OF_BUYER = "evidenceOfBuyer";
        public static final String EVIDENCE_OF_SELLER = "evidenceOfSeller";
        public static final String EVIDENCE_OF_PLATFORM = "evidenceOfPlatform";
        /** Markdown list: the conversation so far (requests, answers, counter-offers, escalation, ruling), oldest first. */
        public static final String CONVERSATION = "conversation";
        /** Why the dispute went to arbitration, in words with the rule (empty before an escalation). */
        public static final String ESCALATED_BECAUSE = "escalatedBecause";
        /** Who pays return freight, in words (from {@link #RETURN_FREIGHT_PAYER}, R17). */
        public static final String RETURN_FREIGHT = "returnFreight";
        /** When the case file was computed (the form was opened), e.g. "23 Nov 2026, 10:00 UTC". */
        public static final String CASE_FILE_AS_OF = "caseFileAsOf";

        // classification (DisputeClassification DMN): the business rule tasks map these of the decision's single
        // result (from the engine's transient decisionResult; no variable holds the result itself); the other outputs
        // are read from the decision when needed (ClassificationOutputs)
        public static final String CATEGORY = "category";
        public static final String RETURN_FREIGHT_PAYER = "returnFreightPayer";
        public static final String ESCALATE_WHEN_PROTECTION_ENDS = "escalateWhenProtectionEnds";

        // seller response (Task_RespondToDispute)
        public static final String SELLER_DECISION = "sellerDecision";
        public static final String COUNTER_OFFER_TYPE = "counterOfferType";
        public static final String COUNTER_OFFER_AMOUNT = "counterOfferAmount";
        public static final String SELLER_MESSAGE = "sellerMessage";
        /** L1, L2 or L3: the buyer-care reply the seller sends instead of a message of their own. */
        public static final String REPLY_TEMPLATE = "replyTemplate";
        /** Optional: by how many days (1-30) the seller extends the buyer's protection; moves the R8 escalation. */
        public static final String PROTECTION_EXTENSION_DAYS = "protectionExtensionDays";

        // buyer-care update (Task_SendBuyerCareUpdate)
        /** L2 or L3: the buyer-care reply sent when {@link #BUYER_CARE_MESSAGE} is empty. */
        public static final String BUYER_CARE_REPLY = "buyerCareReply";
        /** The agent's own update for the buyer (e.g. L2 with the carrier's reason filled in). */
        public static final String BUYER_CARE_MESSAGE = "buyerCareMessage";

        /** Checkbox: the seller reports the buyer for abuse (e.g. demands a 30% refund to cancel). */
        public static final String REPORT_ABUSE = "reportAbuse";
        /** What the buyer demanded or did; required with {@link #REPORT_ABUSE}. */
        public static final String ABUSE_REPORT_REASON = "abuseReportReason";
        /** True once the seller reported the buyer: starts "Review abuse report" (conditional event subprocess). */
        public static final String ABUSE_REPORTED = "abuseReported";

        // abuse report (Task_ReviewAbuseReport; the report itself is on the dispute record)
        /** Markdown: who reported the buyer for abuse, when and why, how often the buyer was reported; null if never. */
        public static final String ABUSE_REPORT = "abuseReport";
        /** The supervisor's finding: the buyer did abuse the dispute (true) or the report is unfounded (false). */
        public static final String ABUSE_CONFIRMED = "abuseConfirmed";
        public static final String ABUSE_REVIEW_NOTE = "abuseReviewNote";

        // agreement or ruling being executed (the record keeps it with its refund key; these serve gateways and forms)
        public static final String REFUND_AMOUNT = "refundAmount";
        /** When the agreement or ruling being executed was made; the return's 10 days count from it (R13). */
        public static final String AGREED_AT = "agreedAt";
        /** One of {@link io.disputeflow.dispute.Resolution}, for Gateway_Resolution. */
        public static final String RESOLUTION = "resolution";
        public static final String FULL_REFUND = "fullRefund";
        public static final String REFUND_DECLINED_REASON = "refundDeclinedReason";
        /** Decision on a declined refund: RETRY or CLOSE. */
        public static final String DECLINED_REFUND_ACTION = "declinedRefundAction";

        // arbitration (PlatformArbitration); the ruling itself is on the dispute record
        public static final String INTAKE_DUE_AT = "intakeDueAt";
        public static final String RULING_OUTCOME = "rulingOutcome";
        public static final String RULING_REFUND_AMOUNT = "rulingRefundAmount";
        public static final String SELLER_PENALTY = "sellerPenalty";
        public static final String RULING_NOTE = "rulingNote";
        public static final String ASSIGNED_ARBITRATOR = "assignedArbitrator";
        /** The take-up form's confirmation checkbox. */
        public static final String TAKE_UP_CONFIRMED = "takeUpConfirmed";

        // return (ReturnShipment)
        public static final String RETURN_RECEIPT = "returnReceipt";
        /** Optional photo of the returned parcel (File variable from Tasklist), filed as SELLER evidence. */
        public static final String RETURN_PHOTO = "returnPhoto";
        public static final String RETURN_OUTCOME = "returnOutcome";

        // the case as the arbitrator and the return receipt read it (case file, issue 13)
        /** Markdown: what the buyer asks, since when, how they answered the seller (next to the seller's position). */
        public static final String BUYER_POSITION = "buyerPosition";
        /** Markdown: the seller's latest answer (counter-offer with amount and currency) and message to the buyer. */
        public static final String SELLER_POSITION = "sellerPosition";
        /** Markdown: the return parcel (carrier, tracking number) and what confirming its receipt refunds. */
        public static final String RETURN_FACTS = "returnFacts";
        /** The classification's {@link #CATEGORY} in words, e.g. "Shipping and delivery". */
        public static final String CATEGORY_LABEL = "categoryLabel";
        /**
         * Task-local JSON list of {label, value}: the arbitrators the overdue case can be assigned to, with their
         * open and overdue cases (options of the assign form's select).
         */
        public static final String ARBITRATOR_CHOICES = "arbitratorChoices";
        /** {@link #INTAKE_DUE_AT} as people read it, e.g. "7 Dec 2026, 10:00 UTC". */
        public static final String INTAKE_DUE = "intakeDue";

        // deadline terms the forms quote, read from the models when a form is read (DeadlineTerms), e.g. "5 days"
        public static final String SELLER_ANSWER_TERM = "sellerAnswerTerm";
        public static final String SELLER_REMINDER_TERM = "sellerReminderTerm";
        public static final String NEGOTIATION_TERM = "negotiationTerm";
        public static final String BUYER_CARE_INTERVAL_TERM = "buyerCareIntervalTerm";
        public static final String ARBITRATION_INTAKE_TERM = "arbitrationIntakeTerm";
        public static final String RETURN_SHIPMENT_TERM = "returnShipmentTerm";
        public static final String RETURN_RECEIPT_TERM = "returnReceiptTerm";
        /** The task's own due date as a duration, e.g. "1 day" (none when it is computed, not a literal). */
        public static final String TASK_TERM = "taskTerm";

        private Variables() {
        }

        /**
         * The variables whose values are constants of a contract enum: form fields offer exactly these constants and
         * BPMN conditions compare with nothing else ({@code ModelContractTest}).
         */
        public static final Map<String, Class<? extends Enum<?>>> VALUES = Map.of(
                SELLER_DECISION, SellerDecision.class,
                COUNTER_OFFER_TYPE, CounterOfferType.class,
                RESOLUTION, Resolution.class,
                RULING_OUTCOME, RulingOutcome.class,
                RETURN_RECEIPT, ReturnReceipt.class,
                RETURN_OUTCOME, ReturnOutcome.class,
                DECLINED_REFUND_ACTION, DeclinedRefundAction.class);

        /** The case-file variable with the buyer-care reply of a level: "L1" → {@value #REPLY_L1}. */
        public static String replyOf(String level) {
            return switch (level) {
                case "L1" -> REPLY_L1;
                case "L2" -> REPLY_L2;
                case "L3" -> REPLY_L3;
                default -> throw new IllegalArgumentException("No buyer-care reply level " + level
                        + ": use L1, L2 or L3");
            };
        }
    }
}
