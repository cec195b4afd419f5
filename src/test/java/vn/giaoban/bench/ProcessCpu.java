package vn.giaoban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time (user + system) a process has used, read from {@code /proc/<pid>/stat}. The benchmarks report CPU per
 * briefing beside requests per second because this machine's speed drifts between rounds minutes apart, and CPU
 * per unit of work drifts much less. Which processes to read comes from the environment: {@code BENCH_SERVICE_PID}
 * (the service under load) and {@code BENCH_DATABASE_PID} (the MariaDB server; absent for H2, which runs inside the
 * JVM it serves).
 */
record ProcessCpu(long pid) {

    /** Linux reports these times in USER_HZ ticks, fixed at 100 per second for user space. */
    private static final double MS_PER_TICK = 10.0;

    static ProcessCpu fromEnvironment(String variable) {
        String pid = System.getenv(variable);
        return pid == null || pid.isBlank() ? null : new ProcessCpu(Long.parseLong(pid.trim()));
    }

    static ProcessCpu self() {
        return new ProcessCpu(ProcessHandle.current().pid());
    }

    /** The CPU a process uses from now on; with no process named (null) every figure is JSON null. */
    static Since since(ProcessCpu process) {
        return new Since(process, process == null ? 0 : process.millis());
    }

    /** CPU used by {@code process} since its time was {@code start} ms. */
    record Since(ProcessCpu process, double start) {

        double millis() {
            return process.millis() - start;
        }

        /** Milliseconds per unit of work (briefing, lifecycle) as a JSON number, or null with no process named. */
        String perUnitJson(int units) {
            return process == null ? "null" : String.format(Locale.ROOT, "%.1f", millis() / units);
        }
    }

    /** Milliseconds of CPU used so far. */
    double millis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MS_PER_TICK;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid, e);
        }
    }
}
