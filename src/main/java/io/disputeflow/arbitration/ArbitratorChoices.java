package io.disputeflow.arbitration;

import io.disputeflow.process.ProcessModel.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;

/**
 * Create listener of "Assign overdue arbitration case": gives the task the arbitrators to choose from, as a JSON list
 * of {label, value} that the form's select reads ({@code valuesKey}): "Arthur Arbitrator · 3 open, 1 overdue" →
 * {@code arthur}. Task-local, so it is gone with the task.
 */
@Component("arbitratorChoices")
public class ArbitratorChoices implements TaskListener {

    private final ArbitratorWorkloads workloads;

    public ArbitratorChoices(ArbitratorWorkloads workloads) {
        this.workloads = workloads;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Map<String, String>> options = workloads.all().stream()
                .map(workload -> Map.of("label", workload.label(), "value", workload.userId()))
                .toList();
        task.setVariableLocal(Variables.ARBITRATOR_CHOICES, org.camunda.bpm.engine.variable.Variables
                .objectValue(new java.util.ArrayList<>(options)).serializationDataFormat(SerializationDataFormats.JSON)
                .create());
    }
}
