package io.disputeflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.process.ProcessModel.Variables;
import io.disputeflow.support.PostgresSpringTest;
import io.disputeflow.support.ShippedModels;
import io.disputeflow.support.TestDisputes;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deadlines a form quotes come from the model the dispute runs on: a process owner's P7D reads "7 days". */
@PostgresSpringTest
class DeadlineTermsPostgresTest {

    static final Instant NOW = Instant.parse("2026-11-16T10:00:00Z");

    @Autowired
    DisputeRecords records;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    FormService forms;

    String ownersDeployment;

    @AfterEach
    void removeOwnersDeployment() {
        ClockUtil.reset();
        if (ownersDeployment != null) {
            repository.deleteDeployment(ownersDeployment, true);
        }
    }

    @Test
    void R2_theSellersFormQuotesTheModelsDeadline_andAChangedTimerChangesTheWords() {
        String before = disputes().open("PG-TERMS-1", "store-aurora-gadgets", "NOT_AS_DESCRIBED", "25.00", NOW);
        assertThat(termsOfRespondTask(before)).containsEntry(Variables.SELLER_ANSWER_TERM, "5 days")
                .containsEntry(Variables.SELLER_REMINDER_TERM, "4 days")
                .containsEntry(Variables.NEGOTIATION_TERM, "15 days")
                .containsEntry(Variables.TASK_TERM, "5 days")
                .containsEntry(Variables.RETURN_RECEIPT_TERM, "30 days");

        ownersDeployment = ShippedModels.deployWith(repository, "Seller deadline 7 days",
                ShippedModels::sellerAnswersInSevenDays);
        String after = disputes().open("PG-TERMS-2", "store-aurora-gadgets", "NOT_AS_DESCRIBED", "25.00", NOW);

        assertThat(termsOfRespondTask(after)).containsEntry(Variables.SELLER_ANSWER_TERM, "7 days")
                .containsEntry(Variables.TASK_TERM, "7 days");
        assertThat(termsOfRespondTask(before)).as("a running dispute keeps its model's words")
                .containsEntry(Variables.SELLER_ANSWER_TERM, "5 days");
    }

    @Test
    void R2_aTaskFromBeforeTheUpgrade_showsTheModelsWords_notTheWordsItStored() {
        String id = disputes().open("PG-TERMS-3", "store-aurora-gadgets", "NOT_AS_DESCRIBED", "25.00", NOW);
        String taskId = disputes().task(id, Tasks.RESPOND_TO_DISPUTE).getId();
        tasks.setVariableLocal(taskId, Variables.SELLER_ANSWER_TERM, "9 days");

        assertThat(termsOfRespondTask(id)).containsEntry(Variables.SELLER_ANSWER_TERM, "5 days")
                .containsEntry(Variables.TASK_TERM, "5 days");
    }

    @Test
    void R2_theWordsAreReadWhenTheFormIsOpened_noTaskStoresThem() {
        String id = disputes().open("PG-TERMS-4", "store-aurora-gadgets", "NOT_AS_DESCRIBED", "25.00", NOW);
        String taskId = disputes().task(id, Tasks.RESPOND_TO_DISPUTE).getId();

        assertThat(tasks.getVariablesLocal(taskId)).doesNotContainKeys(Variables.SELLER_ANSWER_TERM,
                Variables.TASK_TERM);
        assertThat(termsOfRespondTask(id)).containsEntry(Variables.SELLER_ANSWER_TERM, "5 days");
    }

    /** The deadline words of the seller's form, as Tasklist reads its variables. */
    private Map<String, Object> termsOfRespondTask(String disputeId) {
        return forms.getTaskFormVariables(disputes().task(disputeId, Tasks.RESPOND_TO_DISPUTE).getId());
    }

    private TestDisputes disputes() {
        return new TestDisputes(records, runtime, tasks, management);
    }
}
