package io.disputeflow.evidence;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Collect evidence": builds the case file the forms show from the dispute record and the classification's
 * evidence checklist, and records the category on the dispute. Only small facts become variables.
 */
@Component("collectEvidence")
public class CollectEvidenceDelegate implements JavaDelegate {

    private final DisputeRecords records;

    public CollectEvidenceDelegate(DisputeRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String disputeId = execution.getProcessBusinessKey();
        DisputeRecord dispute = records.get(disputeId);
        String category = (String) execution.getVariable(Variables.CATEGORY);
        if (category != null && !category.equals(dispute.category())) {
            records.recordCategory(disputeId, category);
        }
        String evidence = (String) execution.getVariable(Variables.EVIDENCE_TO_COLLECT);
        execution.setVariable(Variables.CASE_SUMMARY, CaseFiles.summary(dispute, evidence));
        records.appendTimeline(disputeId, DisputeRecords.SYSTEM, "CASE_FILE_BUILT", evidence);
    }
}
