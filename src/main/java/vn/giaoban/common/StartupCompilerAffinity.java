package vn.giaoban.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the JIT compiler's threads off one core while the service starts, and gives them every core back once it has
 * started.
 *
 * <p>Why: a start runs on one thread, and on two cores the C1 and C2 compiler threads take the other core and part of
 * this one. Measured here (H2, from the CDS archive, {@code /proc/<pid>/task/<tid>/schedstat} at {@code Started}):
 * the main thread waited 2.3-3.1 s for a core in starts of 11.3-13.3 s; with the compiler threads kept off its core,
 * 0.9 s in starts of 10.3-11.2 s. The compilations still run, on a core of their own, and afterwards have every core
 * again, so the service under load compiles as before.
 *
 * <p>Linux only, through {@code taskset} (util-linux, in Debian's and Ubuntu's base images). Where there is no
 * {@code /proc}, no {@code taskset} or fewer than two cores to run on, nothing happens. {@link #keepOneCoreFree()}
 * runs in {@code main}, before Spring starts; the instance, registered as a bean, restores the cores it found at the
 * {@link EndOfStart}.
 */
public final class StartupCompilerAffinity extends EndOfStart {

    private static final Logger log = LoggerFactory.getLogger(StartupCompilerAffinity.class);

    private static final Path TASKS = Path.of("/proc/self/task");

    /** The cores the process could run on when it began, given back at the end of the start; empty: nothing to do. */
    private final List<Integer> cores;

    private StartupCompilerAffinity(List<Integer> cores) {
        this.cores = cores;
    }

    /** Moves the compiler threads off the first core the process may run on. */
    public static StartupCompilerAffinity keepOneCoreFree() {
        // The main thread's id is the process's.
        List<Integer> cores = allowedCores(String.valueOf(ProcessHandle.current().pid()));
        if (cores.size() < 2) {
            return new StartupCompilerAffinity(List.of());
        }
        setCores(compilerThreads(), cores.subList(1, cores.size()));
        return new StartupCompilerAffinity(cores);
    }

    /** Gives the compiler threads, including any the JVM added since, every core the process began with. */
    @Override
    protected void atEndOfStart() {
        if (!cores.isEmpty()) {
            setCores(compilerThreads(), cores);
        }
    }

    /** The cores the compiler threads get back at the end of the start; empty where there was only one. */
    List<Integer> coresAtStart() {
        return cores;
    }

    /** The JIT compiler threads' ids (C1 and C2; the kernel cuts a thread's name to 15 characters). */
    static List<String> compilerThreads() {
        try (Stream<Path> tasks = Files.list(TASKS)) {
            return tasks.filter(task -> name(task).matches("C[12] CompilerThre.*"))
                    .map(task -> task.getFileName().toString()).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** A thread's allowed cores, from its {@code Cpus_allowed_list} ("0-1", "0,2-5"). */
    static List<Integer> allowedCores(String task) {
        try (Stream<String> lines = Files.lines(TASKS.resolve(task).resolve("status"))) {
            return lines.filter(line -> line.startsWith("Cpus_allowed_list:")).findFirst()
                    .map(line -> parseCoreList(line.substring(line.indexOf(':') + 1).trim())).orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static List<Integer> parseCoreList(String list) {
        List<Integer> cores = new ArrayList<>();
        for (String part : list.split(",")) {
            String[] range = part.trim().split("-");
            int first = Integer.parseInt(range[0]);
            int last = range.length > 1 ? Integer.parseInt(range[1]) : first;
            for (int core = first; core <= last; core++) {
                cores.add(core);
            }
        }
        return cores;
    }

    static void setCores(List<String> threads, List<Integer> cores) {
        String list = cores.stream().map(String::valueOf).collect(Collectors.joining(","));
        for (String thread : threads) {
            try {
                // One that fails (a thread the JVM ended since it was listed) leaves the others to be moved.
                boolean moved = taskset(list, thread);
                log.debug("Compiler thread {} {} cores {}", thread, moved ? "on" : "not moved to", list);
            } catch (IOException noTaskset) {
                log.debug("Compiler threads left where they are: {}", noTaskset.toString());
                return;
            }
        }
    }

    private static boolean taskset(String cores, String thread) throws IOException {
        Process process = new ProcessBuilder("taskset", "-p", "-c", cores, thread)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                return process.exitValue() == 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
        return false;
    }

    private static String name(Path task) {
        try {
            return Files.readString(task.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
