package io.disputeflow.evidence;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The task listener {@code ${caseFileRefresh}} of process versions deployed before the forms read the case file when
 * they are opened ({@link CaseFileFormFields}): disputes still running on such a version create their tasks through
 * it, so it stays, and does nothing.
 */
@Component("caseFileRefresh")
class CaseFileRefresh implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        // the case file is computed when the form is read
    }
}
