package vn.giaoban.workflow;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

import vn.giaoban.bench.BareEngineBench;

/**
 * What finding a briefing's user task costs: the engine's {@code TaskQuery} by business key and task key, against
 * {@link BriefingProcess}'s native query, on one engine and database, in alternating rounds after a warm-up. Prints
 * one JSON line per round with the calling thread's CPU per look-up. Args: JDBC_URL INSTANCES LOOKUPS ROUNDS. Not a
 * test: run by hand (README, Performance).
 */
public final class TaskLookupBench {

    public static void main(String[] args) {
        int instances = Integer.parseInt(args[1]);
        int lookups = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        // One thread looks up; the same engine set-up as the bare-engine ceiling.
        StandaloneProcessEngineConfiguration configuration = BareEngineBench.engineConfiguration(args[0], 2);
        configuration.setProcessEngineName("task-lookup");
        Map<Object, Object> beans = new HashMap<>();
        beans.put("briefingStages", new BareEngineBench.Stages());
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/quarterly-briefing.bpmn").deploy();
        for (long id = 1; id <= instances; id++) {
            engine.getRuntimeService().startProcessInstanceByKey(ProcessSteps.PROCESS_KEY, Long.toString(id),
                    Map.of(ProcessSteps.VAR_BRIEFING_ID, id));
        }
        TaskService tasks = engine.getTaskService();
        String sql = BriefingProcess.waitingTaskSql(engine.getManagementService());
        LongFunction<Task> taskQuery = id -> tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(id))
                .taskDefinitionKey(ProcessSteps.DRAFT_REPORT).singleResult();
        LongFunction<Task> nativeQuery = id -> tasks.createNativeTaskQuery().sql(sql)
                .parameter("businessKey", Long.toString(id)).parameter("taskKey", ProcessSteps.DRAFT_REPORT)
                .singleResult();
        // Warm-up: both ways, until the JIT has compiled both paths.
        round(taskQuery, instances, lookups);
        round(nativeQuery, instances, lookups);
        for (int r = 1; r <= rounds; r++) {
            for (boolean engineQuery : new boolean[] {r % 2 == 1, r % 2 == 0}) {
                double micros = round(engineQuery ? taskQuery : nativeQuery, instances, lookups);
                System.out.printf(Locale.ROOT, "{\"round\":%d,\"query\":\"%s\",\"lookups\":%d,\"cpuMicrosPerLookup\":%.1f}%n",
                        r, engineQuery ? "TaskQuery" : "native", lookups, micros);
            }
        }
        engine.close();
    }

    /** The calling thread's CPU per look-up, in µs; fails if a look-up misses its task. */
    private static double round(LongFunction<Task> lookup, int instances, int lookups) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < lookups; i++) {
            long id = 1 + i % instances;
            Task task = lookup.apply(id);
            if (task == null || !ProcessSteps.DRAFT_REPORT.equals(task.getTaskDefinitionKey())) {
                throw new IllegalStateException("no draft task found for briefing " + id);
            }
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e3 / lookups;
    }
}
