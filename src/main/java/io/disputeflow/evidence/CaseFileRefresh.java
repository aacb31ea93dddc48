package io.disputeflow.evidence;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ProcessModel.Variables;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Recomputes the case-file variables (the same ones {@code collectEvidence} writes) so that a task created later in
 * the dispute shows the evidence filed since, e.g. the arbitrator's and the return-receipt tasks. Meant for
 * <ul>
 *   <li>a task listener: {@code <camunda:taskListener delegateExpression="${caseFileRefresh}" event="create"/>},</li>
 *   <li>an execution listener: {@code <camunda:executionListener delegateExpression="${caseFileRefresh}"
 *       event="start"/>}, or an expression {@code ${caseFileRefresh.refresh(execution)}}.</li>
 * </ul>
 * Unlike {@code collectEvidence} it records nothing on the dispute (no timeline entry, no category). A dispute whose
 * record cannot be found leaves the variables as they are: a refresh never stops a task from being created.
 */
@Component("caseFileRefresh")
public class CaseFileRefresh implements TaskListener, ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFileRefresh.class);

    private final DisputeRecords records;
    private final CaseFiles caseFiles;
    private final Clock clock;

    public CaseFileRefresh(DisputeRecords records, CaseFiles caseFiles, Clock clock) {
        this.records = records;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        refresh(task.getExecution());
    }

    @Override
    public void notify(DelegateExecution execution) {
        refresh(execution);
    }

    /** Recomputes the case-file variables of the dispute whose id is the execution's business key. */
    public void refresh(DelegateExecution execution) {
        String disputeId = execution.getProcessBusinessKey();
        Optional<DisputeRecord> dispute = disputeId == null ? Optional.empty() : records.find(disputeId);
        if (dispute.isEmpty()) {
            LOG.warn("Case file not refreshed: no dispute {} for process instance {}", disputeId,
                    execution.getProcessInstanceId());
            return;
        }
        CaseFile file = caseFiles.build(dispute.get(), (String) execution.getVariable(Variables.EVIDENCE_TO_COLLECT),
                (String) execution.getVariable(Variables.REQUIRED_EVIDENCE));
        CaseFileVariables.write(execution, file, clock.instant());
    }
}
