package io.disputeflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.disputeflow.audit.EngineChange.Cancellation;
import io.disputeflow.audit.EngineChange.JobChange;
import io.disputeflow.audit.EngineChange.Modification;
import io.disputeflow.audit.EngineChange.Scope;
import io.disputeflow.audit.EngineChange.Suspension;
import io.disputeflow.audit.EngineChange.Variables;
import io.disputeflow.audit.ChangeReads.JobFacts;
import io.disputeflow.dispute.Times;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Looks at the engine before a change and describes, after it succeeded, what changed for each dispute in words:
 * "Variable 'Seller decision' changed by Platform Administrator in Cockpit from 'accept' to 'reject'". Both halves
 * run inside {@link ChangeReads#read}.
 */
@Component
class ChangeAudit {

    /** One change observed before it is made. */
    interface Observation {

        /** The disputes whose process instances the change touches. */
        Set<String> disputes();

        /**
         * After the change succeeded: dispute id → what changed, given who did it and where ("by Platform
         * Administrator in Cockpit"). A dispute without an entry saw nothing change.
         */
        Map<String, String> describe(String byWhom);
    }

    private final ChangeReads engine;

    ChangeAudit(ChangeReads engine) {
        this.engine = engine;
    }

    Observation observe(EngineChange change) {
        if (change instanceof Variables variables) {
            return variables.batch() ? variablesBatch(variables) : variables(variables);
        }
        if (change instanceof Cancellation cancellation) {
            return cancellation(cancellation);
        }
        if (change instanceof Modification modification) {
            return modification.batch() ? modificationBatch(modification) : modification(modification);
        }
        if (change instanceof Suspension suspension) {
            return suspension(suspension);
        }
        return job((JobChange) change);
    }

    private Observation variables(Variables change) {
        Scope scope = change.scopes().get(0);
        Optional<String> dispute = engine.processInstanceOf(scope).flatMap(engine::disputeOf);
        Map<String, TypedValue> before = new LinkedHashMap<>();
        change.names().forEach(name -> before.put(name, engine.variable(scope, name)));
        return observation(dispute.stream().toList(), byWhom -> {
            List<String> names = new ArrayList<>();
            Map<String, TypedValue> after = new LinkedHashMap<>();
            before.forEach((name, old) -> {
                TypedValue now = engine.variable(scope, name);
                if (!(old == null && now == null) && !(old != null && now != null && ValueWords.same(name, old, now))) {
                    names.add(name);
                    after.put(name, now);
                }
            });
            if (names.isEmpty()) {
                return Map.of();
            }
            String text = names.size() == 1
                    ? "Variable " + variableChange(names.get(0), before.get(names.get(0)), after.get(names.get(0)),
                            " " + byWhom)
                    : "Variables changed " + byWhom + ": " + names.stream()
                            .map(name -> variableChange(name, before.get(name), after.get(name), ""))
                            .collect(Collectors.joining("; "));
            return Map.of(dispute.get(), text);
        });
    }

    /** "'Seller decision' changed by … from 'accept' to 'reject'"; {@code byWhom} empty or with a leading space. */
    private static String variableChange(String name, TypedValue old, TypedValue now, String byWhom) {
        String variable = ValueWords.variable(name);
        if (old == null) {
            return variable + " set" + byWhom + " to " + ValueWords.of(name, now);
        }
        if (now == null) {
            return variable + " deleted" + byWhom + " (was " + ValueWords.of(name, old) + ")";
        }
        return variable + " changed" + byWhom + " from " + ValueWords.of(name, old) + " to " + ValueWords.of(name, now);
    }

    private Observation variablesBatch(Variables change) {
        Map<String, List<String>> instances = byDispute(change.scopes().stream().map(Scope::id).toList());
        String values = change.names().stream().map(name -> ValueWords.variable(name) + " to "
                + ValueWords.ofRequest(name, change.values().get(name))).collect(Collectors.joining(", "));
        return observation(instances.keySet(), byWhom -> each(instances.keySet(), dispute ->
                "Setting " + (change.names().size() == 1 ? "variable " : "variables ") + values + " requested "
                        + byWhom + ", to run as a batch"));
    }

    private Observation cancellation(Cancellation change) {
        Map<String, List<String>> instances = byDispute(change.processInstanceIds());
        Map<String, String> where = new LinkedHashMap<>();
        instances.values().stream().flatMap(List::stream).forEach(instance -> where.put(instance,
                "'" + engine.processName(instance) + "'" + at(engine.steps(instance))));
        String reason = change.reason() == null ? "" : ": " + change.reason();
        return observation(instances.keySet(), byWhom -> each(instances.keySet(), dispute -> {
            List<String> processes = instances.get(dispute).stream().map(where::get).toList();
            String which = (processes.size() == 1 ? "Process " : "Processes ") + String.join(" and ", processes);
            return change.batch() ? "Cancellation of " + lowerFirst(which)
                    + " requested " + byWhom + ", to run as a batch" + reason
                    : which + " cancelled " + byWhom + reason;
        }));
    }

    private static String at(List<String> steps) {
        return steps.isEmpty() ? "" : " (at " + quoted(steps) + ")";
    }

    private Observation modification(Modification change) {
        Map<String, List<String>> instances = byDispute(change.processInstanceIds());
        Map<String, List<String>> before = new LinkedHashMap<>();
        instances.values().stream().flatMap(List::stream).forEach(instance ->
                before.put(instance, engine.steps(instance)));
        String annotation = change.annotation() == null ? "" : ": " + change.annotation();
        return observation(instances.keySet(), byWhom -> each(instances.keySet(), dispute -> {
            List<String> left = new ArrayList<>();
            List<String> entered = new ArrayList<>();
            for (String instance : instances.get(dispute)) {
                List<String> after = engine.steps(instance);
                List<String> gone = new ArrayList<>(before.get(instance));
                after.forEach(gone::remove);
                List<String> added = new ArrayList<>(after);
                before.get(instance).forEach(added::remove);
                left.addAll(gone);
                entered.addAll(added);
            }
            String moved;
            if (!left.isEmpty() && !entered.isEmpty()) {
                moved = "Moved from " + quoted(left) + " to " + quoted(entered) + " " + byWhom;
            } else if (!entered.isEmpty()) {
                moved = quoted(entered) + " started " + byWhom;
            } else if (!left.isEmpty()) {
                moved = quoted(left) + " cancelled " + byWhom;
            } else {
                moved = "Process restarted at " + quoted(before.get(instances.get(dispute).get(0))) + " " + byWhom;
            }
            return moved + annotation;
        }));
    }

    private Observation modificationBatch(Modification change) {
        Map<String, List<String>> instances = byDispute(change.processInstanceIds());
        Map<String, String> instructions = new LinkedHashMap<>();
        instances.values().stream().flatMap(List::stream).forEach(instance ->
                instructions.put(instance, instructions(instance, change.instructions())));
        String annotation = change.annotation() == null ? "" : ": " + change.annotation();
        return observation(instances.keySet(), byWhom -> each(instances.keySet(), dispute ->
                "Move requested " + byWhom + ", to run as a batch ("
                        + instructions.get(instances.get(dispute).get(0)) + ")" + annotation));
    }

    private String instructions(String instance, JsonNode instructions) {
        List<String> words = new ArrayList<>();
        for (JsonNode instruction : instructions) {
            String type = instruction.path("type").asText();
            String activity = instruction.hasNonNull("activityId")
                    ? "'" + engine.activityName(instance, instruction.get("activityId").asText()) + "'" : "a step";
            words.add((type.startsWith("cancel") ? "cancel " : "start ") + activity);
        }
        return String.join(", ", words);
    }

    private Observation suspension(Suspension change) {
        Map<String, List<String>> instances = byDispute(change.processInstanceIds());
        Map<String, Boolean> wasSuspended = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        instances.values().stream().flatMap(List::stream).forEach(instance -> {
            wasSuspended.put(instance, engine.suspended(instance));
            names.put(instance, "'" + engine.processName(instance) + "'");
        });
        return observation(instances.keySet(), byWhom -> each(instances.keySet(), dispute -> {
            List<String> changed = instances.get(dispute).stream()
                    .filter(instance -> wasSuspended.get(instance) != change.suspended()).map(names::get).toList();
            if (changed.isEmpty()) {
                return null;
            }
            String which = (changed.size() == 1 ? "Process " : "Processes ") + String.join(" and ", changed);
            return change.suspended() ? which + " suspended " + byWhom
                    + ": its steps and deadlines wait until it is resumed" : which + " resumed " + byWhom;
        }));
    }

    private Observation job(JobChange change) {
        Optional<JobFacts> before = engine.job(change.jobId());
        Optional<String> dispute = before.flatMap(job -> engine.disputeOf(job.processInstanceId()));
        return observation(dispute.stream().toList(), byWhom -> {
            JobFacts job = before.get();
            Optional<JobFacts> after = engine.job(change.jobId());
            String what = (job.timer() ? "Deadline '" : "Step '") + job.step() + "'";
            String text = switch (change.action()) {
                case RETRIES -> {
                    int retries = after.map(JobFacts::retries).orElse(change.body().path("retries").asInt());
                    yield job.retries() == 0 && retries > 0
                            ? "Failed " + lowerFirst(what) + " retried " + byWhom
                                    + " (" + retries + (retries == 1 ? " attempt" : " attempts") + ")"
                            : "Retries of " + lowerFirst(what) + " set from "
                                    + job.retries() + " to " + retries + " " + byWhom;
                }
                case DUE_DATE -> what + " moved " + byWhom + " from " + time(job.dueDate()) + " to "
                        + after.map(moved -> time(moved.dueDate())).orElse("a new date");
                case EXECUTE -> job.timer() ? what + " (due " + time(job.dueDate()) + ") triggered early " + byWhom
                        : what + " run now " + byWhom;
                case SUSPENSION -> what + (change.body().path("suspended").asBoolean() ? " suspended " : " resumed ")
                        + byWhom;
            };
            return Map.of(dispute.get(), text);
        });
    }

    private static String time(Date date) {
        return date == null ? "no date" : Times.utc(date.toInstant());
    }

    /** The process instances of each dispute, in the order given; instances of no dispute are left out. */
    private Map<String, List<String>> byDispute(List<String> processInstanceIds) {
        Map<String, List<String>> instances = new LinkedHashMap<>();
        for (String instance : processInstanceIds) {
            engine.disputeOf(instance).ifPresent(dispute ->
                    instances.computeIfAbsent(dispute, key -> new ArrayList<>()).add(instance));
        }
        return instances;
    }

    private static Map<String, String> each(Set<String> disputes, Function<String, String> text) {
        Map<String, String> texts = new LinkedHashMap<>();
        disputes.forEach(dispute -> {
            String entry = text.apply(dispute);
            if (entry != null) {
                texts.put(dispute, entry);
            }
        });
        return texts;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String quoted(List<String> steps) {
        return steps.stream().map(step -> "'" + step + "'").collect(Collectors.joining(" and "));
    }

    private static Observation observation(Collection<String> disputes,
                                           Function<String, Map<String, String>> describe) {
        Set<String> touched = new TreeSet<>(disputes);
        return new Observation() {
            @Override
            public Set<String> disputes() {
                return touched;
            }

            @Override
            public Map<String, String> describe(String byWhom) {
                return touched.isEmpty() ? Map.of() : describe.apply(byWhom);
            }
        };
    }
}
