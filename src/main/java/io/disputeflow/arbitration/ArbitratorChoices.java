package io.disputeflow.arbitration;

import io.disputeflow.process.ProcessModel.Variables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;

/**
 * Create and assignment listener of "Assign overdue arbitration case": gives the task the arbitrators to choose
 * from, as a JSON list of {label, value} that the form's select reads ({@code valuesKey}): "Arthur Arbitrator · 3
 * open, 1 overdue" → {@code arthur}. Counted again when a supervisor claims the task, so the counts are those of
 * the moment they decide rather than of the escalation. Task-local, so it is gone with the task.
 */
@Component("arbitratorChoices")
public class ArbitratorChoices implements TaskListener {

    private final ArbitratorWorkloads workloads;

    public ArbitratorChoices(ArbitratorWorkloads workloads) {
        this.workloads = workloads;
    }

    @Override
    public void notify(DelegateTask task) {
        // plain ArrayList and LinkedHashMap: the JSON's type name must be one the engine can deserialize again
        ArrayList<LinkedHashMap<String, String>> options = new ArrayList<>();
        for (ArbitratorWorkloads.Workload workload : workloads.all()) {
            LinkedHashMap<String, String> option = new LinkedHashMap<>();
            option.put("label", workload.label());
            option.put("value", workload.userId());
            options.add(option);
        }
        task.setVariableLocal(Variables.ARBITRATOR_CHOICES, org.camunda.bpm.engine.variable.Variables
                .objectValue(options).serializationDataFormat(SerializationDataFormats.JSON).create());
    }
}
