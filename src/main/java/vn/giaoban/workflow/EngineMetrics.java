package vn.giaoban.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Engine counts for Prometheus: open user tasks, jobs waiting to run, and jobs out of retries (incidents that need
 * an operator: a render or a signature that kept failing).
 */
@Component
class EngineMetrics implements MeterBinder {

    private final ManagementService management;
    private final TaskService tasks;

    EngineMetrics(ManagementService management, TaskService tasks) {
        this.management = management;
        this.tasks = tasks;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("giaoban.engine.tasks.open", () -> tasks.createTaskQuery().active().count())
                .description("Open user tasks of briefing processes").register(registry);
        Gauge.builder("giaoban.engine.jobs.executable", () -> management.createJobQuery().executable().count())
                .description("Jobs due and waiting for the job executor").register(registry);
        Gauge.builder("giaoban.engine.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
                .description("Jobs that failed with no retries left (need an operator)").register(registry);
    }
}
