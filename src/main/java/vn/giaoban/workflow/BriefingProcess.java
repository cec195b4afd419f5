package vn.giaoban.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.Instant;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.giaoban.briefing.BriefingCancellationRequested;
import vn.giaoban.briefing.BriefingScheduled;
import vn.giaoban.common.ProblemException;
import vn.giaoban.minutes.ChairSignedDocuments;

/**
 * The one way the application moves a briefing's process instance. Every method joins the caller's transaction, so
 * the process step and the business change it belongs to commit together or not at all.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BriefingProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    /**
     * The user task a briefing waits in, by business key and task key, as a native query. The equivalent
     * {@code TaskQuery} evaluates the engine's whole task-query mapping, a hundred-odd OGNL conditions, on every call:
     * 7.4 % of the service's CPU samples in a lifecycle profile (JFR, 8 threads on MariaDB), for five look-ups a
     * briefing; this query cost half the CPU per look-up of the {@code TaskQuery} in {@code TaskLookupBench}.
     */
    private final String waitingTaskSql;

    BriefingProcess(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.waitingTaskSql = waitingTaskSql(management);
    }

    /** The native query's SQL, parameters {@code businessKey} and {@code taskKey}. */
    static String waitingTaskSql(ManagementService management) {
        return "SELECT T.* FROM " + management.getTableName(Task.class) + " T JOIN "
                + management.getTableName(ProcessInstance.class) + " P ON P.ID_ = T.PROC_INST_ID_"
                + " WHERE P.BUSINESS_KEY_ = #{businessKey} AND T.TASK_DEF_KEY_ = #{taskKey}";
    }

    @EventListener
    void start(BriefingScheduled scheduled) {
        runtime.startProcessInstanceByKey(ProcessSteps.PROCESS_KEY, String.valueOf(scheduled.briefingId()),
                Map.of(ProcessSteps.VAR_BRIEFING_ID, scheduled.briefingId()));
    }

    @EventListener
    void cancel(BriefingCancellationRequested cancellation) {
        runtime.createMessageCorrelation(ProcessSteps.MESSAGE_CANCEL)
                .processInstanceBusinessKey(String.valueOf(cancellation.briefingId()))
                .correlate();
    }

    @EventListener
    void chairSigned(ChairSignedDocuments signed) {
        complete(signed.briefingId(), ProcessSteps.CHAIR_SIGNS_DOCUMENTS);
    }

    /** Completes the user task the briefing waits in; 409 if it waits elsewhere. */
    public void complete(long briefingId, String taskKey, Map<String, Object> decisions) {
        Task task = tasks.createNativeTaskQuery().sql(waitingTaskSql)
                .parameter("businessKey", String.valueOf(briefingId))
                .parameter("taskKey", taskKey)
                .singleResult();
        if (task == null) {
            throw ProblemException.conflict("problem.concurrentChange");
        }
        tasks.complete(task.getId(), decisions);
    }

    public void complete(long briefingId, String taskKey) {
        complete(briefingId, taskKey, Map.of());
    }

    /** A user task of some briefing's process. */
    public record WaitingStep(long briefingId, String taskKey, String name, Instant created) {
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<WaitingStep> waitingSteps(Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return List.of();
        }
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
                .active().orderByTaskCreateTime().asc().list();
        if (open.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeyByInstance = runtime.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return open.stream()
                .map(task -> new WaitingStep(Long.parseLong(businessKeyByInstance.get(task.getProcessInstanceId())),
                        task.getTaskDefinitionKey(), task.getName(), task.getCreateTime().toInstant()))
                .toList();
    }
}
