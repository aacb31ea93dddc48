-- Statistics Camunda 7.24 lacks on PostgreSQL (14 or newer: statistics of expressions), applied with the indexes of
-- camunda-indexes.sql (persistence/CamundaIndexes). Every statement must stay idempotent.

-- Authorization checks of task lists (Tasklist's lists and counts, /engine-rest/task, filters): Camunda joins the
-- tasks with the user's grants, `A.PERMS_ & ? = ?` (READ on the task, READ_TASK on its definition). Without statistics
-- of its own PostgreSQL assumes such an expression holds for 0.5% of the rows, while the engine writes a grant for
-- every candidate group of every open task: it expected 25 grants where 5,000 open disputes had 5,000, and joined
-- them with every task row by row (25 million comparisons, 9 s for one count). With these statistics (and plans made
-- with the values, persistence/TaskListPlans) it looks the grants up through the resource-id index: 60 ms.
CREATE STATISTICS IF NOT EXISTS disputeflow_stat_auth_read ON (perms_ & 2) FROM act_ru_authorization;
CREATE STATISTICS IF NOT EXISTS disputeflow_stat_auth_read_task ON (perms_ & 64) FROM act_ru_authorization;
ANALYZE act_ru_authorization;
