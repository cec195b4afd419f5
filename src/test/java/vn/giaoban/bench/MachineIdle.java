package vn.giaoban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine's idle share over a stretch of time, from the first line of {@code /proc/stat} (idle and iowait over
 * all ticks). A round whose idle share is near zero was CPU-bound; then what the benchmark's own client costs comes
 * out of what the service could have had.
 */
record MachineIdle(long totalTicks, long idleTicks) {

    static MachineIdle now() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            // user nice system idle iowait irq softirq steal; guest time is already counted in user and nice.
            for (int i = 1; i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new MachineIdle(total, Long.parseLong(fields[4]) + Long.parseLong(fields[5]));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/stat", e);
        }
    }

    /** The idle share since this reading, as a JSON number. */
    String shareSinceJson() {
        MachineIdle later = now();
        return String.format(Locale.ROOT, "%.3f",
                (double) (later.idleTicks - idleTicks) / Math.max(1, later.totalTicks - totalTicks));
    }
}
