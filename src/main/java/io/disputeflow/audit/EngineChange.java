package io.disputeflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A request to the engine's REST API (Cockpit's {@code /camunda/api/engine/...} or {@code /engine-rest}) that
 * changes running process instances directly: what it changes and where, as read from its path and body.
 */
sealed interface EngineChange {

    /** Where the request came from, as people name it. */
    enum Origin {
        COCKPIT("in Cockpit"), REST_API("over the engine's REST API");

        private final String words;

        Origin(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /** What a variable request addresses: a process instance, an execution or a task, by id. */
    enum ScopeType { PROCESS_INSTANCE, EXECUTION, TASK }

    record Scope(ScopeType type, String id, boolean local) {
    }

    /**
     * Variables set or deleted on one scope; {@code values} holds the new values the request sends where known
     * (a batch request sets them later, so only the request says what they will be).
     */
    record Variables(List<Scope> scopes, List<String> names, boolean batch, JsonNode values) implements EngineChange {
    }

    /** Process instances cancelled (deleted); a batch request cancels them later. */
    record Cancellation(List<String> processInstanceIds, String reason, boolean batch) implements EngineChange {
    }

    /** Tokens moved: activities started or cancelled in process instances; a batch request moves them later. */
    record Modification(List<String> processInstanceIds, JsonNode instructions, String annotation, boolean batch)
            implements EngineChange {
    }

    /** Process instances suspended or resumed. */
    record Suspension(List<String> processInstanceIds, boolean suspended) implements EngineChange {
    }

    enum JobAction { RETRIES, DUE_DATE, EXECUTE, SUSPENSION }

    /** A job of a process instance: retries set, due date moved, run now, suspended or resumed. */
    record JobChange(String jobId, JobAction action, JsonNode body) implements EngineChange {
    }
}
