package io.disputeflow.migration;

import io.disputeflow.problem.FieldProblem;
import io.disputeflow.problem.Problem;
import java.util.List;

/** A preview or migration request that cannot be answered: unknown process, unknown version, nothing to move. */
class MigrationRefusal extends RuntimeException implements Problem {

    private final int status;
    private final String type;
    private final String title;
    private final String field;
    private final String rule;

    private MigrationRefusal(int status, String type, String title, String field, String rule, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.title = title;
        this.field = field;
        this.rule = rule;
    }

    static MigrationRefusal unknownProcess(String key, List<String> known) {
        return new MigrationRefusal(404, "process-not-found", "No such process", "key", "exists",
                "key: there is no process '" + key + "' to migrate; use one of " + String.join(", ", known));
    }

    static MigrationRefusal unknownVersion(String processName, int version, int latest) {
        return new MigrationRefusal(404, "process-version-not-found", "No such version", "targetVersion", "exists",
                "targetVersion: " + processName + " has versions 1 to " + latest + ", not " + version);
    }

    static MigrationRefusal nothingToMigrate(String processName, int version) {
        return new MigrationRefusal(409, "nothing-to-migrate", "Nothing to migrate", "targetVersion", "state",
                "targetVersion: no open dispute runs on a version of " + processName + " older than " + version
                        + ", so nothing would move");
    }

    @Override
    public int httpStatus() {
        return status;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(new FieldProblem(field, rule, getMessage()));
    }
}
