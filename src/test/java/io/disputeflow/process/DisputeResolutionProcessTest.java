package io.disputeflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/DisputeResolution.bpmn")
class DisputeResolutionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

    private static final Instant FILED = Instant.parse("2026-11-02T09:00:00Z");

    ProcessEngine processEngine;

    @BeforeEach
    void fileAtFixedTime() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(FILED));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void R2_sellerAnswersWithinFiveDays_disputeContinuesWithTheAnswer() {
        ProcessInstance dispute = runtimeService().startProcessInstanceByKey("DisputeResolution", "D-1");

        assertThat(dispute).isWaitingAt("Task_RespondToDispute");
        assertThat(task()).hasCandidateGroup("seller-agents")
                .hasDueDate(Date.from(FILED.plus(5, ChronoUnit.DAYS)));
        complete(task(), withVariables("sellerDecision", "REJECT"));

        assertThat(dispute).isEnded().hasPassed("EndEvent_SellerResponded");
    }

    @Test
    void R2_sellerSilentFiveDays_buyerProposalGranted() {
        ProcessInstance dispute = runtimeService().startProcessInstanceByKey("DisputeResolution", "D-2");

        assertThat(dispute).isWaitingAt("Task_RespondToDispute");
        assertThat(job()).hasDueDate(Date.from(FILED.plus(5, ChronoUnit.DAYS)));

        ClockUtil.setCurrentTime(Date.from(FILED.plus(5, ChronoUnit.DAYS)));
        execute(job());

        assertThat(dispute).isEnded().hasPassed("EndEvent_BuyerProposalGranted");
    }
}
