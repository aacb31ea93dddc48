package io.disputeflow.arbitration;

import io.disputeflow.identity.PeopleNames;
import io.disputeflow.identity.PlatformGroup;
import io.disputeflow.process.EngineReads;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.TaskActors;
import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The platform's arbitrators with the arbitration work each holds now: open tasks of PlatformArbitration assigned
 * to them, and how many of those are past their due date. Read from the engine's identity and task queries.
 */
@Service
public class ArbitratorWorkloads {

    /** One arbitrator's work, e.g. "Arthur Arbitrator · 3 open, 1 overdue". */
    public record Workload(String userId, String name, long open, long overdue) {

        public String label() {
            if (open == 0) {
                return name + " · no open cases";
            }
            return name + " · " + open + " open, " + overdue + " overdue";
        }
    }

    private final PeopleNames people;
    private final TaskService tasks;
    private final EngineReads reads;
    private final Clock clock;

    public ArbitratorWorkloads(PeopleNames people, TaskService tasks, EngineReads reads, Clock clock) {
        this.people = people;
        this.tasks = tasks;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * Every member of the group arbitrators, least loaded first, then by name; counted across all stores, whatever
     * the asking supervisor may see.
     */
    public List<Workload> all() {
        Date now = Date.from(clock.instant());
        return reads.unrestricted(() -> people.membersOf(PlatformGroup.ARBITRATORS).stream()
                .map(user -> new Workload(user.getId(), TaskActors.displayName(user), casesOf(user.getId()).count(),
                        casesOf(user.getId()).dueBefore(now).count()))
                .sorted(Comparator.comparingLong(Workload::open).thenComparing(Workload::name))
                .toList());
    }

    private TaskQuery casesOf(String userId) {
        return tasks.createTaskQuery().processDefinitionKey(Definitions.PLATFORM_ARBITRATION).taskAssignee(userId);
    }
}
