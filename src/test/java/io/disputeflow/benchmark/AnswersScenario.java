package io.disputeflow.benchmark;

import io.disputeflow.process.ProcessModel.Tasks;
import io.disputeflow.support.ApiClient;
import io.disputeflow.support.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seller's answers among a backlog: seller agents answer the disputes waiting for them. Each answer is "Respond to
 * dispute" completed with ACCEPT over {@code /engine-rest} (as Tasklist does); the job executor then settles the
 * agreement and pays the refund, and the cost of an answer includes them. The REST completion on its own, without the
 * opening of the dispute that the lifecycle (2) also pays for.
 */
final class AnswersScenario extends BacklogLoad {

    private static final String WAITING_TASKS = "SELECT id_ FROM act_ru_task WHERE task_def_key_ = '"
            + Tasks.RESPOND_TO_DISPUTE + "' ORDER BY id_";

    private ConcurrentLinkedQueue<String> waiting = new ConcurrentLinkedQueue<>();

    AnswersScenario(BenchmarkOptions options, TestPostgres postgres, CostMeter meter, Path workDirectory,
                    ScenarioResult result, Progress progress, PreparedStorm backlog) {
        super(options, postgres, meter, workDirectory, result, progress, backlog);
    }

    @Override
    public String id() {
        return "answers";
    }

    @Override
    Naming naming() {
        return new Naming("answer", "answers", "REST completion latency");
    }

    @Override
    int clients() {
        return options.lifecycleClients();
    }

    @Override
    boolean causesJobs() {
        return true;
    }

    @Override
    LoadClients.Operation operation(ApiClient api, JdbcTemplate jdbc) {
        waiting = new ConcurrentLinkedQueue<>(jdbc.queryForList(WAITING_TASKS, String.class));
        return (client, sequence) -> answer(api, waiting.poll());
    }

    @Override
    String note() {
        return clients() + " agents of the store, each answering the next waiting dispute as soon as the last is "
                + "answered; " + (waiting.isEmpty() ? "THE AGENTS RAN OUT OF WAITING DISPUTES: the throughput is "
                + "too low, raise benchmark.lifecycle.open" : waiting.size() + " disputes still waiting at the end");
    }

    private static void answer(ApiClient api, String taskId) {
        if (taskId == null) {
            Waiting.sleep(100); // until the window ends: not a busy loop that would burn the CPU being measured
            throw new IllegalStateException("No dispute is waiting for the seller any more");
        }
        HttpResponse<String> completed = api.post(BenchmarkAccounts.SELLER_AGENT,
                "/engine-rest/task/" + taskId + "/complete", ApiClient.acceptBody());
        if (completed.statusCode() != 204) {
            throw new IllegalStateException("Completing task " + taskId + " answered " + completed.statusCode()
                    + ": " + completed.body());
        }
    }
}
