package io.disputeflow.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.disputeflow.dispute.Deadline;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Completing a dispute's task over REST (Tasklist's own API or {@code /engine-rest}) takes the dispute's row lock
 * before the engine reads anything, in one transaction with the engine's command. A buyer action takes the same
 * lock first, so a completion racing it sees the buyer's committed change (the task is gone: 404) instead of a
 * half-changed process, and vice versa. A task that does not exist (any more) is answered with 404 here, a task of
 * another company's store with 403, a completion at or after the task's deadline with 409 (the deadline, not its timer
 * job, decides), on both REST paths. Whether the user may work on the task is the engine's check as it completes it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class TaskCompletionLockFilter extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(complete|submit-form|resolve)$");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final Clock clock;
    private final TaskDisputeLock locks;
    private final TransactionTemplate transaction;

    public TaskCompletionLockFilter(ProcessEngine engine, Clock clock, TaskDisputeLock locks,
                                    PlatformTransactionManager transactions) {
        this.engine = engine;
        this.clock = clock;
        this.locks = locks;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = COMPLETION.matcher(path(request));
        if (!matcher.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String taskId = matcher.group(2);
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    completeLocked(taskId, request, response, chain);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (UnexpectedRollbackException refused) {
            // the engine refused the completion and the REST layer already answered with the reason
        }
    }

    /**
     * Locks the dispute first and reads the task after, so that what is read is what a buyer action committed while
     * the lock was awaited; then the checks the engine does not make, then the engine's completion.
     */
    private void completeLocked(String taskId, HttpServletRequest request, HttpServletResponse response,
                                FilterChain chain) throws IOException, ServletException {
        boolean aDisputesTask = locks.lockDisputeOfTask(taskId).isPresent();
        Optional<CompletionTarget> found = CompletionTarget.find(engine, taskId);
        if (found.isEmpty()) {
            taskGone(response);
            return;
        }
        CompletionTarget task = found.get();
        if (task.anotherCompanys()) {
            refuse(response, EngineRestRefusalMapper.anotherCompanys());
            return;
        }
        if (!aDisputesTask) {
            chain.doFilter(request, response); // not a dispute's task: nothing to lock or check
            return;
        }
        Optional<Deadline> passed = TaskDeadlines.passed(engine, locks, task.processInstanceId(),
                task.processDefinitionId(), task.taskDefinitionKey(), clock.instant());
        if (passed.isPresent()) {
            refuse(response, EngineRestRefusalMapper.problem(new TaskDeadlinePassed(task.name(), passed.get()))
                    .orElseThrow());
            return;
        }
        CompletionChecked.during(taskId, () -> {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    /**
     * The task is gone because something else ended it first (the buyer modified or cancelled the dispute, a deadline
     * passed): 404 saying so, instead of the engine's 500 for a missing task.
     */
    private static void taskGone(HttpServletResponse response) throws IOException {
        refuse(response, EngineRestRefusalMapper.body(Response.Status.NOT_FOUND, "task-gone", "The task is gone",
                "This task no longer exists: the dispute moved on (the buyer changed or cancelled it, or its deadline "
                        + "passed). Reload the task list."));
    }

    /**
     * An answer in the shape of the engine REST's refusals ({@link EngineRestRefusalMapper}), which Tasklist shows,
     * logged as they are.
     */
    private static void refuse(HttpServletResponse response, Map<String, Object> problem) throws IOException {
        EngineRestRefusalMapper.logged(problem);
        response.setStatus((int) problem.get("status"));
        response.setContentType(EngineRestRefusalMapper.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
