package io.disputeflow.recordtab;

import io.disputeflow.api.ApiAccessDeniedException;
import io.disputeflow.api.ApiAccess;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.EngineReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dispute a process instance runs, in words, for readers of its store only (the data source meant for a Cockpit
 * "Dispute" tab). An instance of another company's store answers exactly like an unknown one, so that its existence
 * does not leak.
 */
@RestController
@Tag(name = "Disputes")
public class DisputeRecordTabController {

    private final EngineReads reads;
    private final HistoryService history;
    private final DisputeRecords records;
    private final DisputeRecordTabs tabs;
    private final ApiAccess access;

    public DisputeRecordTabController(EngineReads reads, HistoryService history, DisputeRecords records,
                                      DisputeRecordTabs tabs, ApiAccess access) {
        this.reads = reads;
        this.history = history;
        this.records = records;
        this.tabs = tabs;
        this.access = access;
    }

    @GetMapping(path = "/api/process-instances/{processInstanceId}/dispute-record",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The dispute a process instance runs, in words: status, store, amounts, deadlines with "
            + "their consequence, refunds paid and the timeline")
    public DisputeRecordTab disputeRecord(@PathVariable("processInstanceId") String processInstanceId) {
        access.caller();
        DisputeRecord dispute = disputeOf(processInstanceId).orElseThrow(NoDisputeRecordException::new);
        try {
            access.requireRead(dispute.storeId());
        } catch (ApiAccessDeniedException notTheirs) {
            throw new NoDisputeRecordException();
        }
        return tabs.of(dispute);
    }

    /** The business key of every DisputeFlow instance, the dispute's and its sub-processes', is the dispute id. */
    private Optional<DisputeRecord> disputeOf(String processInstanceId) {
        HistoricProcessInstance instance = reads.unrestricted(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult());
        if (instance == null || instance.getBusinessKey() == null) {
            return Optional.empty();
        }
        return records.find(instance.getBusinessKey());
    }
}
