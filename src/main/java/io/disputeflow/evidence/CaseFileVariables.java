package io.disputeflow.evidence;

import io.disputeflow.process.ProcessModel.Variables;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A {@link CaseFile} as the variables the forms show, by name (a value may be null: the form shows nothing). */
final class CaseFileVariables {

    private CaseFileVariables() {
    }

    /** @param process the process variables the case file's words depend on (classification, intake due date) */
    static Map<String, Object> of(CaseFile file, Function<String, Object> process, Instant asOf) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(Variables.CASE_SUMMARY, file.summary());
        values.put(Variables.EVIDENCE_CHECKLIST, file.checklist());
        values.put(Variables.EVIDENCE_COUNT, file.evidenceCount());
        file.replies().forEach((level, text) -> values.put(Variables.replyOf(level), text));
        CaseFile.Texts texts = file.texts();
        values.put(Variables.BUYER_MESSAGE, texts.buyerMessage());
        values.put(Variables.ORDER_FACTS, texts.orderFacts());
        values.put(Variables.TRACKING_FACTS, texts.trackingFacts());
        values.put(Variables.EVIDENCE_OF_BUYER, texts.evidenceOfBuyer());
        values.put(Variables.EVIDENCE_OF_SELLER, texts.evidenceOfSeller());
        values.put(Variables.EVIDENCE_OF_PLATFORM, texts.evidenceOfPlatform());
        values.put(Variables.CONVERSATION, texts.conversation());
        if (process.apply(Variables.RETURN_FREIGHT_PAYER) instanceof String payer) {
            values.put(Variables.RETURN_FREIGHT, CaseFileTexts.freightPayer(payer));
        }
        values.put(Variables.ESCALATED_BECAUSE, texts.escalatedBecause());
        values.put(Variables.ABUSE_REPORT, texts.abuseReport());
        values.put(Variables.BUYER_POSITION, texts.buyerPosition());
        values.put(Variables.SELLER_POSITION, texts.sellerPosition());
        values.put(Variables.RETURN_FACTS, texts.returnFacts());
        values.put(Variables.CATEGORY_LABEL, CaseFileTexts.categoryLabel((String) process.apply(Variables.CATEGORY)));
        if (process.apply(Variables.INTAKE_DUE_AT) instanceof Date intakeDueAt) {
            values.put(Variables.INTAKE_DUE, CaseFileTexts.time(intakeDueAt.toInstant()));
        }
        values.put(Variables.CASE_FILE_AS_OF, CaseFileTexts.time(asOf));
        return values;
    }
}
