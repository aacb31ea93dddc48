package io.disputeflow.evidence;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.logistics.TrackingFacts;
import io.disputeflow.process.ProcessModel.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Collect evidence" / "Gather both parties' evidence": builds the case file the forms show and records the
 * category on the dispute. Only small facts become variables; files stay in the evidence store.
 */
@Component("collectEvidence")
public class CollectEvidenceDelegate implements JavaDelegate {

    private final DisputeRecords records;
    private final CaseFiles caseFiles;

    public CollectEvidenceDelegate(DisputeRecords records, CaseFiles caseFiles) {
        this.records = records;
        this.caseFiles = caseFiles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String disputeId = execution.getProcessBusinessKey();
        DisputeRecord dispute = records.get(disputeId);
        String category = (String) execution.getVariable(Variables.CATEGORY);
        if (category != null && !category.equals(dispute.category())) {
            records.recordCategory(disputeId, category);
        }
        String evidenceToCollect = (String) execution.getVariable(Variables.EVIDENCE_TO_COLLECT);
        CaseFile file = caseFiles.build(dispute, evidenceToCollect,
                (String) execution.getVariable(Variables.REQUIRED_EVIDENCE));
        execution.setVariable(Variables.CASE_SUMMARY, file.summary());
        execution.setVariable(Variables.EVIDENCE_CHECKLIST, file.checklist());
        execution.setVariable(Variables.EVIDENCE_COUNT, file.evidenceCount());
        TrackingFacts tracking = file.tracking();
        execution.setVariable(Variables.TRACKING_LAST_UPDATE_AT, date(tracking.lastUpdateAt()));
        execution.setVariable(Variables.TRACKING_LAST_LOCATION, tracking.lastLocation());
        execution.setVariable(Variables.DAYS_WITHOUT_TRACKING_UPDATE, tracking.daysWithoutUpdate());
        execution.setVariable(Variables.DELIVERED_AT, date(tracking.deliveredAt()));
        execution.setVariable(Variables.DELIVERY_SIGNED, tracking.signaturePresent());
        file.replies().forEach((level, text) -> execution.setVariable("reply" + level, text));
        records.appendTimeline(disputeId, DisputeRecords.SYSTEM, "CASE_FILE_BUILT",
                file.evidenceCount() + " evidence item(s)" + (file.checklist().isEmpty() ? "" : "; " + file.checklist()));
    }

    private static Date date(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
