package io.disputeflow.evidence;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ClassificationLookup;
import io.disputeflow.process.ProcessModel.Variables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Collect evidence": records the category on the dispute and, on its timeline, the evidence filed so far against
 * the classification's checklist. The case file itself is not stored: the forms read it from the record when they
 * are opened ({@link CaseFileFormFields}).
 */
@Component("collectEvidence")
public class CollectEvidenceDelegate implements JavaDelegate {

    private final DisputeRecords records;
    private final DisputeCase disputeCase;
    private final EvidenceStore evidence;
    private final ClassificationLookup classification;

    public CollectEvidenceDelegate(DisputeRecords records, DisputeCase disputeCase, EvidenceStore evidence,
                                   ClassificationLookup classification) {
        this.records = records;
        this.classification = classification;
        this.disputeCase = disputeCase;
        this.evidence = evidence;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String disputeId = execution.getProcessBusinessKey();
        DisputeRecord dispute = records.get(disputeId);
        String category = (String) execution.getVariable(Variables.CATEGORY);
        if (category != null && !category.equals(dispute.category())) {
            disputeCase.recordCategory(disputeId, category);
        }
        List<EvidenceItem> items = evidence.list(disputeId);
        String checklist = CaseFiles.checklist(
                classification.requiredEvidence(execution.getProcessDefinitionId(), dispute.reason()), items);
        records.appendTimeline(disputeId, DisputeRecords.SYSTEM, "CASE_FILE_BUILT",
                items.size() + " evidence item(s)" + (checklist.isEmpty() ? "" : "; " + checklist));
    }

}
