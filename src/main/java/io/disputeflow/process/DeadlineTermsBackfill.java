package io.disputeflow.process;

import io.disputeflow.process.ProcessModel.Variables;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open tasks created before their forms quoted the model's deadlines ({@link DeadlineTerms}) have no such words:
 * at start-up they get them, so an upgraded installation shows "answer within 5 days", not "answer within of". One
 * query finds them (none after the first start); each gets the terms of the version it runs on.
 */
@Component
class DeadlineTermsBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineTermsBackfill.class);

    /** Open tasks without the term every task of a dispute gets (its model's seller deadline). */
    private static final String TASKS_WITHOUT_TERMS = "SELECT t.ID_ FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_VARIABLE v WHERE v.TASK_ID_ = t.ID_ AND v.NAME_ = ?)";

    private final JdbcTemplate jdbc;
    private final ProcessEngineConfigurationImpl configuration;

    DeadlineTermsBackfill(JdbcTemplate jdbc, ProcessEngine engine) {
        this.jdbc = jdbc;
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void giveOpenTasksTheirTerms() {
        List<String> taskIds = jdbc.queryForList(TASKS_WITHOUT_TERMS, String.class, Variables.SELLER_ANSWER_TERM);
        if (taskIds.isEmpty()) {
            return;
        }
        configuration.getCommandExecutorTxRequired().execute(context -> {
            for (String taskId : taskIds) {
                TaskEntity task = context.getTaskManager().findTaskById(taskId);
                if (task != null && task.getProcessDefinitionId() != null) {
                    DeadlineTerms.refresh(task);
                }
            }
            return null;
        });
        LOG.info("Deadline words given to {} open tasks created before the forms quoted them", taskIds.size());
    }
}
