package io.disputeflow.process;

import io.disputeflow.dispute.Deadline;
import io.disputeflow.dispute.DisputeRecord;
import io.disputeflow.process.ProcessModel.Definitions;
import io.disputeflow.process.ProcessModel.Steps;
import io.disputeflow.process.ProcessModel.Timers;
import io.disputeflow.process.ProcessModel.Variables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dispute's process instances as the API sees them: start one, deliver the buyer's messages, and read its
 * waits and deadlines (never its history: the dispute record owns the case). The only place outside the models' delegates that knows the engine's API.
 */
@Component
public class DisputeProcesses {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;

    public DisputeProcesses(RuntimeService runtime, ManagementService management, RepositoryService repository,
                            TaskService tasks, JdbcTemplate jdbc) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
    }

    /**
     * Starts DisputeResolution for a new dispute record, with the dispute id as business key and only the variables its
     * model reads (tenant, task cards, the decision's input, timer dates); the forms read the rest from the record.
     */
    public void start(DisputeRecord dispute, String storeName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.STORE_ID, dispute.storeId());
        variables.put(Variables.STORE_NAME, storeName);
        variables.put(Variables.REASON, dispute.reason());
        variables.put(Variables.PROTECTION_ENDS_AT, Date.from(dispute.protectionEndsAt()));
        variables.put(Variables.FILED_AT, Date.from(dispute.openedAt()));
        runtime.startProcessInstanceByKey(Definitions.DISPUTE_RESOLUTION, dispute.id(), variables);
    }

    /** The messages some process instance of this dispute waits for right now. */
    public Set<String> awaitedMessages(String disputeId) {
        Set<String> messages = new LinkedHashSet<>();
        for (ProcessInstance instance : running(disputeId)) {
            runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType("message").list()
                    .stream().map(EventSubscription::getEventName).forEach(messages::add);
        }
        return messages;
    }

    /**
     * Delivers a buyer message to the process instance of this dispute that waits for it.
     *
     * @throws MismatchingMessageCorrelationException when none waits for it
     * @throws ConcurrencyFailureException when another transaction ended the wait at the same moment
     */
    public void deliver(String disputeId, String message, Map<String, Object> variables) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(disputeId).setVariables(variables)
                    .correlateWithResult();
        } catch (NullValueException subscriptionGone) {
            // the waiting execution was found, then another transaction ended its wait before ours triggered it: the
            // engine finds no event subscription left to trigger (MismatchingMessageCorrelationException, a
            // subclass of ProcessEngineException but not of this one, means none waited in the first place)
            throw new ConcurrencyFailureException("Dispute " + disputeId + " moved on before " + message
                    + " arrived", subscriptionGone);
        }
    }

    /**
     * The earliest of these timers (ids of timer events) that is due at or before {@code now} in the dispute's
     * running instances: the deadline has passed even if its job has not run yet.
     */
    public Optional<Deadline> passed(String disputeId, Collection<String> timers, Instant now) {
        return running(disputeId).stream()
                .flatMap(instance -> timers.stream().flatMap(timer -> management.createJobQuery()
                        .processInstanceId(instance.getId()).timers().activityId(timer).list().stream()
                        .map(job -> DeadlineCatalog.deadline(timer, job.getDuedate().toInstant()))))
                .filter(deadline -> !now.isBefore(deadline.dueAt()))
                .min(Comparator.comparing(Deadline::dueAt));
    }

    /** The timers still waiting in the dispute's process instances, soonest first, as deadlines. */
    public List<Deadline> openDeadlines(String disputeId) {
        List<Deadline> deadlines = new ArrayList<>();
        for (ProcessInstance instance : running(disputeId)) {
            Map<String, String> activityOfJobDefinition = management.createJobDefinitionQuery()
                    .processDefinitionId(instance.getProcessDefinitionId()).list().stream()
                    .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
            for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                deadlineOf(instance, timer, activityOfJobDefinition.get(timer.getJobDefinitionId()))
                        .ifPresent(deadlines::add);
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::dueAt));
        return deadlines;
    }

    /** A deadline of one dispute. */
    public record DisputeDeadline(String disputeId, String storeId, String processInstanceId, Deadline deadline) {
    }

    /**
     * The deadlines with a rule that fall due before {@code until} (overdue ones included), soonest first, at most
     * {@code limit}; of the given stores (process tenants) only, or of every store for {@code null}.
     */
    public List<DisputeDeadline> deadlinesDueBefore(Collection<String> storeIds, Instant until, int limit) {
        if (storeIds != null && storeIds.isEmpty()) {
            return List.of();
        }
        var query = management.createJobQuery().timers().duedateLowerThan(Date.from(until)).orderByJobDuedate().asc();
        if (storeIds != null) {
            query.tenantIdIn(storeIds.toArray(String[]::new));
        }
        return ruleDeadlines(query.listPage(0, limit));
    }

    /** The deadlines with a rule among these timers, in their order, each with its dispute. */
    private List<DisputeDeadline> ruleDeadlines(List<Job> timers) {
        Map<String, ProcessInstance> instances = instancesById(timers.stream().map(Job::getProcessInstanceId).toList());
        Map<String, String> activityOfJobDefinition = new HashMap<>();
        List<DisputeDeadline> due = new ArrayList<>();
        for (Job timer : timers) {
            String activityId = activityOfJobDefinition.computeIfAbsent(timer.getJobDefinitionId(), id ->
                    management.createJobDefinitionQuery().jobDefinitionId(id).singleResult().getActivityId());
            ProcessInstance instance = instances.get(timer.getProcessInstanceId());
            if (instance != null && instance.getBusinessKey() != null) {
                deadlineOf(instance, timer, activityId).filter(deadline -> deadline.rule() != null)
                        .ifPresent(deadline -> due.add(new DisputeDeadline(instance.getBusinessKey(),
                                timer.getTenantId(), instance.getId(), deadline)));
            }
        }
        return due;
    }

    /** The running process instances with these ids, in one query. */
    private Map<String, ProcessInstance> instancesById(Collection<String> ids) {
        Set<String> distinct = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(distinct).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, instance -> instance));
    }

    /** An open incident of a dispute's process: a step that failed and waits for someone to retry it. */
    public record DisputeIncident(String disputeId, String storeId, String processInstanceId, String step,
                                  String message, Instant since) {
    }

    /** The open incidents of the given stores' disputes (every store for {@code null}), oldest first. */
    public List<DisputeIncident> incidents(Collection<String> storeIds, int limit) {
        if (storeIds != null && storeIds.isEmpty()) {
            return List.of();
        }
        var query = runtime.createIncidentQuery().orderByIncidentTimestamp().asc();
        if (storeIds != null) {
            query.tenantIdIn(storeIds.toArray(String[]::new));
        }
        List<Incident> open = query.listPage(0, limit);
        Map<String, ProcessInstance> instances = instancesById(open.stream().map(Incident::getProcessInstanceId).toList());
        List<DisputeIncident> incidents = new ArrayList<>();
        for (Incident incident : open) {
            ProcessInstance instance = instances.get(incident.getProcessInstanceId());
            if (instance != null && instance.getBusinessKey() != null) {
                incidents.add(new DisputeIncident(instance.getBusinessKey(), incident.getTenantId(), instance.getId(),
                        elementName(instance, incident.getActivityId()), incident.getIncidentMessage(),
                        incident.getIncidentTimestamp().toInstant()));
            }
        }
        return incidents;
    }

    /** The arbitration intake queue: how many cases wait to be taken up, and since when the oldest waits. */
    public record IntakeQueue(long cases, Instant oldestSince) {
    }

    public IntakeQueue intakeQueue(Collection<String> storeIds) {
        if (storeIds != null && storeIds.isEmpty()) {
            return new IntakeQueue(0, null);
        }
        var query = tasks.createTaskQuery().taskDefinitionKey(ProcessModel.Tasks.TAKE_UP_ARBITRATION_CASE)
                .taskUnassigned();
        if (storeIds != null) {
            query.tenantIdIn(storeIds.toArray(String[]::new));
        }
        long cases = query.count();
        List<Task> oldest = query.orderByTaskCreateTime().asc().listPage(0, 1);
        return new IntakeQueue(cases, oldest.isEmpty() ? null : oldest.get(0).getCreateTime().toInstant());
    }

    private Optional<Deadline> deadlineOf(ProcessInstance instance, Job timer, String activityId) {
        if (activityId == null || DeadlineCatalog.isInternal(activityId) || isIrrelevantProtectionEnd(activityId,
                instance)) {
            return Optional.empty();
        }
        Deadline deadline = DeadlineCatalog.deadline(activityId, timer.getDuedate().toInstant());
        return Optional.of(deadline.rule() != null ? deadline : new Deadline(elementName(instance, activityId),
                deadline.dueAt(), null, null));
    }

    /** R8 only escalates disputes about goods that did not arrive; for the others the timer does nothing. */
    private boolean isIrrelevantProtectionEnd(String activityId, ProcessInstance instance) {
        return Timers.PROTECTION_PERIOD_ENDED.equals(activityId)
                && !Boolean.TRUE.equals(runtime.getVariable(instance.getId(), Variables.ESCALATE_WHEN_PROTECTION_ENDS));
    }

    private String elementName(ProcessInstance instance, String activityId) {
        return elementName(instance.getProcessDefinitionId(), activityId);
    }

    private String elementName(String processDefinitionId, String activityId) {
        FlowElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element == null || element.getName() == null ? activityId : element.getName();
    }

    private List<ProcessInstance> running(String disputeId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputeId).list();
    }

    /**
     * The deadlines with a rule that fall due after {@code after} and at or before {@code until}, soonest first, at
     * most {@code limit}, of every store: what is about to fall due, without the overdue ones.
     */
    public List<DisputeDeadline> deadlinesDueBetween(Instant after, Instant until, int limit) {
        return ruleDeadlines(management.createJobQuery().timers().duedateHigherThan(Date.from(after))
                .duedateLowerThan(Date.from(until.plusMillis(1))).orderByJobDuedate().asc().listPage(0, limit));
    }

    /**
     * What a dispute's running instances wait for: the {@link #openDeadlines open deadlines}, the
     * {@link #awaitedMessages awaited messages} and the earliest due time of each timer event.
     */
    /** {@code settling}: see {@link #settling(String)}. */
    public record Waits(List<Deadline> deadlines, Set<String> awaitedMessages, Map<String, Instant> timersDue,
                        boolean settling) {
    }

    /**
     * {@link #openDeadlines} and {@link #awaitedMessages} with one query instead of one per instance, timer and
     * subscription: the answer to a dispute's opening is built from this and the record.
     */
    public Waits waits(String disputeId) {
        List<Deadline> deadlines = new ArrayList<>();
        Set<String> messages = new LinkedHashSet<>();
        Map<String, Instant> timersDue = new HashMap<>();
        boolean[] settling = {false};
        jdbc.query(WAITS, row -> {
            String name = row.getString("name");
            if ("message".equals(row.getString("kind"))) {
                messages.add(name);
                return;
            }
            if ("step".equals(row.getString("kind"))) {
                settling[0] = true;
                return;
            }
            Instant dueAt = row.getTimestamp("due_at").toInstant();
            timersDue.merge(name, dueAt, (a, b) -> a.isBefore(b) ? a : b);
            boolean irrelevant = Timers.PROTECTION_PERIOD_ENDED.equals(name) && row.getLong("escalate") != 1;
            if (!DeadlineCatalog.isInternal(name) && !irrelevant) {
                Deadline deadline = DeadlineCatalog.deadline(name, dueAt);
                deadlines.add(deadline.rule() != null ? deadline
                        : new Deadline(elementName(row.getString("definition"), name), dueAt, null, null));
            }
        }, waitsArguments(disputeId));
        deadlines.sort(Comparator.comparing(Deadline::dueAt));
        return new Waits(deadlines, messages, timersDue, settling[0]);
    }

    /**
     * The asynchronous steps that settle and pay (R19): while one is due, running or retried, it is settling. *Settle
     * agreement* was such a step itself until the deadline learned to settle in its own job: instances of those
     * earlier versions may still wait there.
     */
    private static final List<String> SETTLING_STEPS = List.of(Steps.SELLER_ACCEPTED, Steps.AGREED_ON_COUNTER_OFFER,
            Steps.APPLY_RULING, Steps.SETTLE_AGREEMENT);
    /**
     * The deadline that settles and pays in its own step: when it falls due nothing is under way yet (a cancellation
     * still wins the race), but once a try of it has failed the payment may be under way at the provider.
     */
    private static final String SETTLING_DEADLINE = Timers.SELLER_RESPONSE_DUE;

    private static Object[] waitsArguments(String disputeId) {
        List<Object> arguments = new ArrayList<>(SETTLING_STEPS);
        arguments.add(SETTLING_DEADLINE);
        arguments.add(Variables.ESCALATE_WHEN_PROTECTION_ENDS);
        arguments.add(disputeId);
        arguments.addAll(SETTLING_STEPS);
        arguments.add(disputeId);
        return arguments.toArray();
    }

    /**
     * The timers (activity, due time, R8's switch of their instance, in the order the job query lists them), the
     * pending settle-and-pay steps ({@link #settling(String)}) and the awaited messages of the process instances with
     * this business key. R8's switch as {@code getVariable} reads it: a variable of the instance's own scope, 1 when
     * true.
     */
    private static final String WAITS = """
            SELECT CASE WHEN d.act_id_ IN (%1$s)
                             OR (d.act_id_ = ? AND (j.exception_msg_ IS NOT NULL OR j.exception_stack_id_ IS NOT NULL))
                        THEN 'step' ELSE 'timer' END AS kind, d.act_id_ AS name,
                   j.duedate_ AS due_at, e.proc_def_id_ AS definition,
                   (SELECT v.long_ FROM act_ru_variable v WHERE v.execution_id_ = e.id_ AND v.task_id_ IS NULL
                           AND v.name_ = ? LIMIT 1) AS escalate, j.id_ AS sort_id
            FROM act_ru_execution e
                JOIN act_ru_job j ON j.process_instance_id_ = e.id_
                JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_
            WHERE e.business_key_ = ? AND e.id_ = e.proc_inst_id_
                AND (j.type_ = 'timer' OR d.act_id_ IN (%1$s))
            UNION ALL
            SELECT 'message', s.event_name_, NULL, e.proc_def_id_, NULL, s.id_
            FROM act_ru_execution e
                JOIN act_ru_event_subscr s ON s.proc_inst_id_ = e.id_
            WHERE e.business_key_ = ? AND e.id_ = e.proc_inst_id_ AND s.event_type_ = 'message'
            ORDER BY 1, 6""".formatted(String.join(", ", Collections.nCopies(SETTLING_STEPS.size(), "?")));

    /**
     * Whether an agreement or ruling of the dispute is being settled and paid right now or will be: the asynchronous
     * step that settles it and calls the payment provider is due, running or waiting for a retry (for the seller's
     * 5-day deadline, which settles in its own step: once a try of it has failed). A failed try undoes the
     * settlement on the record, so only the step itself shows that the refund may be under way at the provider (R9).
     */
    public boolean settling(String disputeId) {
        return running(disputeId).stream().anyMatch(instance -> settling(management, instance.getId()));
    }

    /** {@link #settling(String)} for one process instance, e.g. from within the engine. */
    public static boolean settling(ManagementService management, String processInstanceId) {
        return SETTLING_STEPS.stream().anyMatch(step -> management.createJobQuery()
                .processInstanceId(processInstanceId).activityId(step).count() > 0)
                || management.createJobQuery().processInstanceId(processInstanceId).activityId(SETTLING_DEADLINE)
                        .withException().count() > 0;
    }
}
