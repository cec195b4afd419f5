package vn.giaoban.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The ceiling: the bare Camunda engine (full history, job executor on) running processes/quarterly-briefing.bpmn with
 * empty delegates, driven from Java by K threads through every user task. Args: JDBC_URL K N WARM_S. Prints JSON.
 * <p>
 * With N = 0 it warms up with K threads, prints {@code {"mode":"bare-ready"}} and then runs slices on demand: each line
 * "k n" on standard input runs n lifecycles with k threads and prints their JSON; the end of input ends it. A script can
 * so alternate short runs of the service and of this engine, warmed once, minutes apart at most.
 */
public final class BareEngineBench {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        int warm = Integer.parseInt(args[3]);
        JavaDelegate nothing = execution -> { };
        Map<Object, Object> beans = new java.util.HashMap<>();
        beans.put("briefingStages", new Stages());
        beans.put("signingPolicy", new Policy());
        for (String delegate : List.of("renderMinutesDelegate", "signMinutesAsRecorderDelegate",
                "renderConclusionNoticeDelegate", "signDocumentsAsChairDelegate", "publishDocumentsDelegate")) {
            beans.put(delegate, nothing);
        }
        // Slices may ask for up to 8 threads whatever the warm-up used.
        StandaloneProcessEngineConfiguration configuration = engineConfiguration(url, Math.max(threads, 8) + 4);
        configuration.setJobExecutorActivate(true);
        configuration.setBeans(beans);
        // The driving thread learns that an instance ended from the engine itself, after the commit, instead of
        // asking the database every few milliseconds: polling 8 threads at 2 ms cost the ceiling more CPU than the
        // jobs it waits for, and read 17/s where this reads the engine's own pace.
        Map<String, CompletableFuture<Void>> ended = new ConcurrentHashMap<>();
        // Whichever comes first, the end's commit or the driving thread's wait, creates the instance's future.
        Function<String, CompletableFuture<Void>> endOf =
                id -> ended.computeIfAbsent(id, k -> new CompletableFuture<>());
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                definition.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
                    String id = execution.getProcessInstanceId();
                    Context.getCommandContext().getTransactionContext().addTransactionListener(
                            TransactionState.COMMITTED, committed -> endOf.apply(id).complete(null));
                });
            }
        })));
        configuration.setProcessEngineName("bare");
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/quarterly-briefing.bpmn").deploy();
        AtomicInteger ids = new AtomicInteger();
        Runnable lifecycle = () -> {
            String key = Integer.toString(ids.incrementAndGet());
            ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("QuarterlyBriefing", key,
                    Map.of("briefingId", (long) ids.get()));
            complete(engine, instance, Map.of());
            complete(engine, instance, Map.of("reportApproved", true));
            complete(engine, instance, Map.of());
            complete(engine, instance, Map.of());
            complete(engine, instance, Map.of("conclusionsApproved", true));
            try {
                endOf.apply(instance.getId()).get(2, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException("instance " + instance.getId() + " did not end", e);
            }
            ended.remove(instance.getId());
        };
        run(threads, Integer.MAX_VALUE, warm * 1000L, lifecycle);
        if (n > 0) {
            measure(threads, n, lifecycle);
        } else {
            System.out.println("{\"mode\":\"bare-ready\"}");
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
            for (String line; (line = commands.readLine()) != null; ) {
                String[] slice = line.trim().split("\\s+");
                measure(Integer.parseInt(slice[0]), Integer.parseInt(slice[1]), lifecycle);
            }
        }
        engine.close();
        System.exit(0);
    }

    /** Runs {@code n} lifecycles with {@code threads} threads and prints their rate and CPU as one JSON line. */
    private static void measure(int threads, int n, Runnable lifecycle) throws Exception {
        // The same CPU accounting as the service's rounds: this JVM (engine, and H2 when it is the database) and the
        // MariaDB server when BENCH_DATABASE_PID names it.
        ProcessCpu.Since ownCpu = ProcessCpu.since(ProcessCpu.self());
        ProcessCpu.Since databaseCpu = ProcessCpu.since(ProcessCpu.fromEnvironment("BENCH_DATABASE_PID"));
        long start = System.nanoTime();
        run(threads, n, Long.MAX_VALUE, lifecycle);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "{\"mode\":\"bare-engine\",\"threads\":%d,\"lifecycles\":%d,\"seconds\":%.2f,"
                + "\"lifecyclesPerSecond\":%.2f,\"cpuMsPerLifecycle\":%s,\"databaseCpuMsPerLifecycle\":%s}%n",
                threads, n, seconds, n / seconds, ownCpu.perUnitJson(n), databaseCpu.perUnitJson(n));
        System.out.flush();
    }

    /**
     * A standalone engine on its own pool of {@code connections} to {@code url} (root, no password; READ COMMITTED and
     * no fractional seconds, as Camunda needs on MariaDB), creating its tables, with full history.
     */
    public static StandaloneProcessEngineConfiguration engineConfiguration(String url, int connections) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername("root");
        pool.setPassword("");
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.addDataSourceProperty("sendFractionalSeconds", "false");
        pool.addDataSourceProperty("nullDatabaseMeansCurrent", "true");
        pool.setMaximumPoolSize(connections);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(new HikariDataSource(pool));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        return configuration;
    }

    /** The stage listener with nothing to record. */
    public static final class Stages {
        public void enter(DelegateExecution execution, String stage) {
        }
    }

    /** The gateway's question, answered as for most organisations. */
    public static final class Policy {
        public boolean chairSignsOutside(DelegateExecution execution) {
            return false;
        }
    }

    private static void complete(ProcessEngine engine, ProcessInstance instance, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    private static void run(int threads, int count, long millis, Runnable lifecycle) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(count);
        long until = millis == Long.MAX_VALUE ? Long.MAX_VALUE : System.currentTimeMillis() + millis;
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            runs.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0 && System.currentTimeMillis() < until) {
                    lifecycle.run();
                }
            }));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        pool.shutdown();
    }
}
