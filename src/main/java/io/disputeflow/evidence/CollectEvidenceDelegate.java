package io.disputeflow.evidence;

import io.disputeflow.dispute.DisputeCase;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ProcessModel.Variables;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Collect evidence" / "Gather both parties' evidence": builds the case file the forms show and records the
 * category on the dispute. Only small facts and short Markdown texts become variables (see {@link CaseFileTexts});
 * files stay in the evidence store and the texts link to their download. {@link CaseFileRefresh} recomputes the same
 * variables when a later task is created.
 */
@Component("collectEvidence")
public class CollectEvidenceDelegate implements JavaDelegate {

    private final DisputeRecords records;
    private final DisputeCase disputeCase;
    private final CaseFiles caseFiles;
    private final Clock clock;

    public CollectEvidenceDelegate(DisputeRecords records, DisputeCase disputeCase, CaseFiles caseFiles, Clock clock) {
        this.records = records;
        this.disputeCase = disputeCase;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String disputeId = execution.getProcessBusinessKey();
        DisputeRecord dispute = records.get(disputeId);
        String category = (String) execution.getVariable(Variables.CATEGORY);
        if (category != null && !category.equals(dispute.category())) {
            disputeCase.recordCategory(disputeId, category);
        }
        String evidenceToCollect = (String) execution.getVariable(Variables.EVIDENCE_TO_COLLECT);
        CaseFile file = caseFiles.build(dispute, evidenceToCollect,
                (String) execution.getVariable(Variables.REQUIRED_EVIDENCE));
        CaseFileVariables.write(execution, file, clock.instant());
        records.appendTimeline(disputeId, DisputeRecords.SYSTEM, "CASE_FILE_BUILT",
                file.evidenceCount() + " evidence item(s)" + (file.checklist().isEmpty() ? "" : "; " + file.checklist()));
    }

}
