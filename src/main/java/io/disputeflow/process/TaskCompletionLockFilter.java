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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * half-changed process, and vice versa. A task that does not exist (any more) is answered with 404 here, a completion
 * at or after the task's deadline with 409 (the deadline, not its timer job, decides), on both REST paths.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class TaskCompletionLockFilter extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(complete|submit-form|resolve)$");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final Clock clock;
    private final TaskService tasks;
    private final TaskDisputeLock locks;
    private final TransactionTemplate transaction;

    public TaskCompletionLockFilter(ProcessEngine engine, Clock clock, TaskService tasks, TaskDisputeLock locks,
                                    PlatformTransactionManager transactions) {
        this.engine = engine;
        this.clock = clock;
        this.tasks = tasks;
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
        String taskId = matcher.matches() ? matcher.group(2) : null;
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (taskId != null && task == null) {
            taskGone(response);
            return;
        }
        if (task == null || task.getProcessInstanceId() == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    if (locks.lockDisputeOf(task.getProcessInstanceId()).isEmpty()) {
                        chain.doFilter(request, response); // not a dispute's task: nothing to lock or check
                        return;
                    }
                    if (!locks.stillOpen(taskId)) {
                        taskGone(response);
                        return;
                    }
                    Optional<Deadline> passed = TaskDeadlines.passed(engine, locks, task.getProcessInstanceId(),
                            task.getProcessDefinitionId(), task.getTaskDefinitionKey(), clock.instant());
                    if (passed.isPresent()) {
                        refuse(response, Response.Status.CONFLICT, "deadline-passed", "The deadline has passed",
                                new TaskDeadlinePassed(task.getName(), passed.get()).getMessage());
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
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (UnexpectedRollbackException refused) {
            // the engine refused the completion and the REST layer already answered with the reason
        }
    }

    /**
     * The task is gone because something else ended it first (the buyer modified or cancelled the dispute, a deadline
     * passed): 404 saying so, instead of the engine's 500 for a missing task.
     */
    private static void taskGone(HttpServletResponse response) throws IOException {
        refuse(response, Response.Status.NOT_FOUND, "task-gone", "The task is gone", "This task no longer exists: the dispute "
                + "moved on (the buyer changed or cancelled it, or its deadline passed). Reload the task list.");
    }

    /** An answer in the shape of the engine REST's refusals ({@link EngineRestRefusalMapper}), which Tasklist shows. */
    private static void refuse(HttpServletResponse response, Response.Status status, String type, String title,
                               String message) throws IOException {
        response.setStatus(status.getStatusCode());
        response.setContentType(EngineRestRefusalMapper.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(EngineRestRefusalMapper.body(status, type, title, message)));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
