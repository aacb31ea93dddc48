package io.disputeflow.evidence;

import io.disputeflow.process.ProcessModel.Variables;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Writes a {@link CaseFile} as the process variables the forms show. */
final class CaseFileVariables {

    private CaseFileVariables() {
    }

    static void write(VariableScope scope, CaseFile file, Instant asOf) {
        scope.setVariable(Variables.CASE_SUMMARY, file.summary());
        scope.setVariable(Variables.EVIDENCE_CHECKLIST, file.checklist());
        scope.setVariable(Variables.EVIDENCE_COUNT, file.evidenceCount());
        file.replies().forEach((level, text) -> scope.setVariable(Variables.replyOf(level), text));
        CaseFile.Texts texts = file.texts();
        scope.setVariable(Variables.BUYER_MESSAGE, texts.buyerMessage());
        scope.setVariable(Variables.ORDER_FACTS, texts.orderFacts());
        scope.setVariable(Variables.TRACKING_FACTS, texts.trackingFacts());
        scope.setVariable(Variables.EVIDENCE_OF_BUYER, texts.evidenceOfBuyer());
        scope.setVariable(Variables.EVIDENCE_OF_SELLER, texts.evidenceOfSeller());
        scope.setVariable(Variables.EVIDENCE_OF_PLATFORM, texts.evidenceOfPlatform());
        scope.setVariable(Variables.CONVERSATION, texts.conversation());
        if (scope.hasVariable(Variables.RETURN_FREIGHT_PAYER)) {
            scope.setVariable(Variables.RETURN_FREIGHT,
                    CaseFileTexts.freightPayer((String) scope.getVariable(Variables.RETURN_FREIGHT_PAYER)));
        }
        scope.setVariable(Variables.ESCALATED_BECAUSE, texts.escalatedBecause());
        scope.setVariable(Variables.ABUSE_REPORT, texts.abuseReport());
        scope.setVariable(Variables.BUYER_POSITION, texts.buyerPosition());
        scope.setVariable(Variables.SELLER_POSITION, texts.sellerPosition());
        scope.setVariable(Variables.RETURN_FACTS, texts.returnFacts());
        scope.setVariable(Variables.CATEGORY_LABEL,
                CaseFileTexts.categoryLabel((String) scope.getVariable(Variables.CATEGORY)));
        if (scope.getVariable(Variables.INTAKE_DUE_AT) instanceof Date intakeDueAt) {
            scope.setVariable(Variables.INTAKE_DUE, CaseFileTexts.time(intakeDueAt.toInstant()));
        }
        scope.setVariable(Variables.CASE_FILE_AS_OF, CaseFileTexts.time(asOf));
    }
}
