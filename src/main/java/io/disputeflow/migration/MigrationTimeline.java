package io.disputeflow.migration;

import io.disputeflow.dispute.DisputeRecords;
import io.disputeflow.identity.PeopleNames;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * What happens to a dispute when one of its process instances actually moves to another version, in the transaction
 * of the move (a batch job's or a synchronous migration's): the task due dates the new version computes differently
 * are re-evaluated, and the dispute's timeline says who moved it, from which version to which, and which due dates
 * changed.
 */
@Component
class MigrationTimeline {

    static final String ACTION = "MIGRATED";

    private final InstanceDueDates dueDates;
    private final TaskDueDates taskDueDates;
    private final MigrationPlanning planning;
    private final PendingMigrations pending;
    private final DisputeRecords records;
    private final PeopleNames people;
    private final IdentityService identity;
    private final Clock clock;

    MigrationTimeline(InstanceDueDates dueDates, TaskDueDates taskDueDates, MigrationPlanning planning,
                      PendingMigrations pending, DisputeRecords records, PeopleNames people,
                      IdentityService identity, Clock clock) {
        this.dueDates = dueDates;
        this.taskDueDates = taskDueDates;
        this.planning = planning;
        this.pending = pending;
        this.records = records;
        this.people = people;
        this.identity = identity;
        this.clock = clock;
    }

    /** The instance's due dates as the move begins (read inside the migrating command: still the old ones). */
    InstanceDueDates.Snapshot before(String processInstanceId) {
        return dueDates.of(processInstanceId);
    }

    /** After the move, before its transaction commits: fix the task due dates and write the timeline entry. */
    void moved(String processInstanceId, String disputeId, String targetDefinitionId,
               InstanceDueDates.Snapshot before) {
        Optional<PendingMigrations.Pending> request = pending.claim(processInstanceId, targetDefinitionId);
        String sourceDefinitionId = request.map(PendingMigrations.Pending::sourceDefinitionId)
                .orElse(before.definitionId());
        if (sourceDefinitionId != null) {
            taskDueDates.reevaluate(processInstanceId,
                    planning.changedTaskDueDates(sourceDefinitionId, targetDefinitionId));
        }
        if (disputeId == null || records.find(disputeId).isEmpty()) {
            return;
        }
        InstanceDueDates.Snapshot after = dueDates.of(processInstanceId);
        String actor = request.map(PendingMigrations.Pending::requestedBy).orElseGet(this::currentUser);
        String who = request.map(PendingMigrations.Pending::requestedByName).orElseGet(() -> people.of(actor));
        String from = sourceDefinitionId == null ? "an earlier version" : planning.version(sourceDefinitionId);
        // this runs while the migration's transaction commits: an entry kept for the commit would come too late
        records.appendTimelineWhileCommitting(disputeId, actor, ACTION, MigrationWords.timelineDetail(who, from,
                planning.version(targetDefinitionId), shifts(before, after)));
    }

    List<DueDateShift> shifts(InstanceDueDates.Snapshot before, InstanceDueDates.Snapshot after) {
        Map<String, DueDate> old = before.byKey();
        Map<String, DueDate> moved = after.byKey();
        Set<String> keys = new LinkedHashSet<>();
        before.dueDates().forEach(dueDate -> keys.add(dueDate.key()));
        after.dueDates().forEach(dueDate -> keys.add(dueDate.key()));
        List<DueDateShift> shifts = new ArrayList<>();
        for (String key : keys) {
            shifts.add(DueDateShift.between(old.get(key), moved.get(key), clock.instant()));
        }
        return shifts;
    }

    private String currentUser() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? DisputeRecords.SYSTEM : authentication.getUserId();
    }
}
