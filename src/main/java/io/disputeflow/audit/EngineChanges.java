package io.disputeflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.disputeflow.audit.EngineChange.Cancellation;
import io.disputeflow.audit.EngineChange.JobAction;
import io.disputeflow.audit.EngineChange.JobChange;
import io.disputeflow.audit.EngineChange.Modification;
import io.disputeflow.audit.EngineChange.Origin;
import io.disputeflow.audit.EngineChange.Scope;
import io.disputeflow.audit.EngineChange.ScopeType;
import io.disputeflow.audit.EngineChange.Suspension;
import io.disputeflow.audit.EngineChange.Variables;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * Recognises the engine REST requests that change running process instances, on both paths: Cockpit's
 * {@code /camunda/api/engine/engine/<engine>/...} and {@code /engine-rest/...}. Cockpit's process instance page calls
 * {@code PUT process-instance/{id}/variables/{name}} (add), {@code POST execution/{id}/localVariables} (edit),
 * {@code DELETE execution/{id}/localVariables/{name}}, {@code DELETE process-instance/{id}} (cancel),
 * {@code PUT process-instance/{id}/suspended} and {@code PUT job/{id}/retries}; the other forms here are the REST
 * API's (task variables, modification, job due dates) and its batches that name their process instances.
 */
final class EngineChanges {

    private static final Pattern ENGINE_API = Pattern.compile("^(/engine-rest|/camunda/api/engine/engine/[^/]+)(/.*)$");
    private static final Pattern ONE_VARIABLE = Pattern.compile(
            "^/(process-instance|execution|task)/([^/]+)/(variables|localVariables)/([^/]+)(/data)?$");
    private static final Pattern VARIABLES = Pattern.compile(
            "^/(process-instance|execution|task)/([^/]+)/(variables|localVariables)$");
    private static final Pattern INSTANCE = Pattern.compile("^/process-instance/([^/]+)$");
    private static final Pattern MODIFICATION = Pattern.compile("^/process-instance/([^/]+)/modification(-async)?$");
    private static final Pattern SUSPENSION = Pattern.compile("^/process-instance/([^/]+)/suspended$");
    private static final Pattern JOB = Pattern.compile("^/job/([^/]+)/(retries|duedate|execute|suspended)$");
    private static final String BATCH_CANCELLATION = "/process-instance/delete";
    private static final String BATCH_VARIABLES = "/process-instance/variables-async";
    private static final Pattern BATCH_MODIFICATION = Pattern.compile("^/modification/(execute|executeAsync)$");

    private EngineChanges() {
    }

    /** The path below the engine API's root, or empty for any other path. */
    static Optional<String> enginePath(String path) {
        Matcher matcher = ENGINE_API.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(2)) : Optional.empty();
    }

    static Origin origin(String path) {
        return path.startsWith("/engine-rest") ? Origin.REST_API : Origin.COCKPIT;
    }

    /** Whether the request may be one of the changes; cheap, on method and path only. */
    static boolean mayChange(String method, String enginePath) {
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return false;
        }
        return ONE_VARIABLE.matcher(enginePath).matches() || VARIABLES.matcher(enginePath).matches()
                || INSTANCE.matcher(enginePath).matches() || MODIFICATION.matcher(enginePath).matches()
                || SUSPENSION.matcher(enginePath).matches() || JOB.matcher(enginePath).matches()
                || BATCH_CANCELLATION.equals(enginePath) || BATCH_VARIABLES.equals(enginePath)
                || BATCH_MODIFICATION.matcher(enginePath).matches();
    }

    /** Whether the change is described from a JSON body (a file upload's body is left alone). */
    static boolean readsBody(String enginePath) {
        return !enginePath.endsWith("/data");
    }

    /** The change the request asks for; empty when it is none of those recognised or names no process instance. */
    static Optional<EngineChange> parse(String method, String enginePath, JsonNode body) {
        JsonNode json = body == null ? JsonNodeFactory.instance.objectNode() : body;
        Matcher matcher;
        if ((matcher = ONE_VARIABLE.matcher(enginePath)).matches()) {
            Scope scope = scope(matcher.group(1), matcher.group(2), matcher.group(3));
            String name = decode(matcher.group(4));
            boolean file = matcher.group(5) != null;
            if ("DELETE".equals(method) && !file) {
                return Optional.of(new Variables(List.of(scope), List.of(name), false, null));
            }
            if (("PUT".equals(method) && !file) || ("POST".equals(method) && file)) {
                ObjectNode values = JsonNodeFactory.instance.objectNode();
                values.set(name, file ? null : json);
                return Optional.of(new Variables(List.of(scope), List.of(name), false, values));
            }
            return Optional.empty();
        }
        if ((matcher = VARIABLES.matcher(enginePath)).matches() && "POST".equals(method)) {
            List<String> names = new ArrayList<>();
            json.path("modifications").fieldNames().forEachRemaining(names::add);
            json.path("deletions").forEach(name -> names.add(name.asText()));
            return names.isEmpty() ? Optional.empty() : Optional.of(new Variables(
                    List.of(scope(matcher.group(1), matcher.group(2), matcher.group(3))), names, false,
                    json.path("modifications")));
        }
        if ((matcher = INSTANCE.matcher(enginePath)).matches() && "DELETE".equals(method)) {
            return Optional.of(new Cancellation(List.of(matcher.group(1)), null, false));
        }
        if ((matcher = MODIFICATION.matcher(enginePath)).matches() && "POST".equals(method)) {
            return Optional.of(new Modification(List.of(matcher.group(1)), json.path("instructions"),
                    text(json, "annotation"), matcher.group(2) != null));
        }
        if ((matcher = SUSPENSION.matcher(enginePath)).matches() && "PUT".equals(method)) {
            return Optional.of(new Suspension(List.of(matcher.group(1)), json.path("suspended").asBoolean(false)));
        }
        if ((matcher = JOB.matcher(enginePath)).matches() && ("PUT".equals(method) || "POST".equals(method))) {
            JobAction action = switch (matcher.group(2)) {
                case "retries" -> JobAction.RETRIES;
                case "duedate" -> JobAction.DUE_DATE;
                case "execute" -> JobAction.EXECUTE;
                default -> JobAction.SUSPENSION;
            };
            return Optional.of(new JobChange(matcher.group(1), action, json));
        }
        List<String> named = ids(json.path("processInstanceIds"));
        if (named.isEmpty() || !"POST".equals(method)) {
            return Optional.empty();
        }
        if (BATCH_CANCELLATION.equals(enginePath)) {
            return Optional.of(new Cancellation(named, text(json, "deleteReason"), true));
        }
        if (BATCH_VARIABLES.equals(enginePath)) {
            List<String> names = new ArrayList<>();
            json.path("variables").fieldNames().forEachRemaining(names::add);
            List<Scope> scopes = named.stream().map(id -> new Scope(ScopeType.PROCESS_INSTANCE, id, false)).toList();
            return names.isEmpty() ? Optional.empty()
                    : Optional.of(new Variables(scopes, names, true, json.path("variables")));
        }
        if ((matcher = BATCH_MODIFICATION.matcher(enginePath)).matches()) {
            return Optional.of(new Modification(named, json.path("instructions"), text(json, "annotation"),
                    "executeAsync".equals(matcher.group(1))));
        }
        return Optional.empty();
    }

    private static Scope scope(String resource, String id, String variables) {
        ScopeType type = switch (resource) {
            case "process-instance" -> ScopeType.PROCESS_INSTANCE;
            case "execution" -> ScopeType.EXECUTION;
            default -> ScopeType.TASK;
        };
        return new Scope(type, id, "localVariables".equals(variables));
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> {
            if (id.isTextual() && !id.asText().isBlank()) {
                ids.add(id.asText());
            }
        });
        return ids;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static String decode(String segment) {
        return UriUtils.decode(segment, StandardCharsets.UTF_8);
    }
}
