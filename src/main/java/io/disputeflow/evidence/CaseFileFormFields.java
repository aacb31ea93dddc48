package io.disputeflow.evidence;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.Money;
import io.disputeflow.process.ClassificationLookup;
import io.disputeflow.process.ComputedFormFields;
import io.disputeflow.process.ProcessModel.Variables;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The case file a dispute's task form shows (the dispute's id, amounts and currency, order facts, evidence with
 * download links, the conversation, both positions, …), built from the dispute record when the form is read: the agent, arbitrator or supervisor sees the
 * evidence filed up to that moment, and no task stores a copy of it. A task outside a dispute has none.
 */
@Component
class CaseFileFormFields implements ComputedFormFields {

    private final DisputeRecords records;
    private final CaseFiles caseFiles;
    private final ClassificationLookup classification;
    private final Clock clock;

    CaseFileFormFields(DisputeRecords records, CaseFiles caseFiles, ClassificationLookup classification,
                       Clock clock) {
        this.records = records;
        this.classification = classification;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> of(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String disputeId = execution == null ? null : execution.getProcessBusinessKey();
        Optional<DisputeRecord> dispute = disputeId == null ? Optional.empty() : records.find(disputeId);
        if (dispute.isEmpty()) {
            return Map.of();
        }
        String definition = task.getProcessDefinitionId();
        String reason = dispute.get().reason();
        CaseFile file = caseFiles.build(dispute.get(), classification.evidenceToCollect(definition, reason),
                classification.requiredEvidence(definition, reason));
        Map<String, Object> fields = new LinkedHashMap<>(CaseFileVariables.of(file, task::getVariable, clock.instant()));
        fields.put(Variables.DISPUTE_ID, dispute.get().id());
        fields.put(Variables.CURRENCY, dispute.get().currency());
        fields.put(Variables.PAID_AMOUNT, Money.format(dispute.get().paidAmount()));
        fields.put(Variables.REQUESTED_AMOUNT, Money.format(dispute.get().requestedAmount()));
        return fields;
    }
}
