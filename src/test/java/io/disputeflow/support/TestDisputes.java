package io.disputeflow.support;

import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.dispute.DisputeStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Opens disputes the way the storefront API will (record + DisputeResolution instance) and drives their
 * asynchronous steps, for whole-application tests. Orders cost 40.00 USD and were shipped 10 days earlier.
 */
public class TestDisputes {

    public static final String PAID = "40.00";
    public static final String CARRIER = "Cainiao";

    public static String trackingNumber(String disputeId) {
        return "LP-" + disputeId;
    }

    private final DisputeRecords records;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    public TestDisputes(DisputeRecords records, RuntimeService runtime, TaskService tasks,
                        ManagementService management) {
        this.records = records;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    public String open(String id, String storeId, String reason, String requested, Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        Instant protectionEnds = now.plus(50, ChronoUnit.DAYS);
        records.insert(new DisputeRecord(id, "O-" + id, storeId, "buyer-1", "en", reason, null, "Not happy",
                DisputeStatus.AWAITING_SELLER, "USD", new BigDecimal(PAID), new BigDecimal(requested), false,
                now.minus(10, ChronoUnit.DAYS), 15, protectionEnds, CARRIER, trackingNumber(id), now, null, null, null));
        // the variables DisputeProcesses.start passes; the forms read the rest from the record
        runtime.startProcessInstanceByKey("DisputeResolution", id, Map.of(
                "storeId", storeId, "storeName", storeId, "reason", reason,
                "protectionEndsAt", Date.from(protectionEnds), "filedAt", Date.from(now)));
        runJobs(id);
        return id;
    }

    public Task task(String disputeId, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(disputeId).taskDefinitionKey(key).singleResult();
    }

    /** Runs the due asynchronous steps of this dispute's process instances (main and called). */
    public void runJobs(String disputeId) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId).list().stream()
                    .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).messages()
                            .executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
