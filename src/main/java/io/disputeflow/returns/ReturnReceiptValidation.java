package io.disputeflow.returns;

import io.disputeflow.problem.FieldRefusal;
import io.disputeflow.dispute.Labelled;
import io.disputeflow.dispute.ReturnReceipt;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.process.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ConfirmReturnReceipt}: refuses a completion whose {@code returnReceipt} is
 * missing or not one of {@link ReturnReceipt}, so the gateway after the task always finds its way. The exception
 * rolls the completion back; the task stays open.
 */
@Component("returnReceiptValidation")
public class ReturnReceiptValidation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(Variables.RETURN_RECEIPT);
        if (Labelled.find(ReturnReceipt.class, value).isEmpty()) {
            throw TaskInputRejected.because(task, value == null || value.toString().isBlank()
                    ? new FieldRefusal(Variables.RETURN_RECEIPT, "required", " is required: say in what state the parcel"
                            + " came back")
                    : new FieldRefusal(Variables.RETURN_RECEIPT, "allowed", ": '" + value + "' is not one of the answers"
                            + " (" + Labelled.allowed(ReturnReceipt.class) + ")"));
        }
    }
}
