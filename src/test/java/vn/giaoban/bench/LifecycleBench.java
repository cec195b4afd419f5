package vn.giaoban.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives whole briefings through the HTTP API of a running service, as its users would, and prints one JSON object:
 * {@code sequential N WARM_S} measures APPROVE → MINUTES_PUBLISHED over N briefings in a row after WARM_S seconds of
 * warm-up; {@code concurrent K N WARM_S} runs N briefings on K threads and reports briefings per second and
 * per-endpoint latencies ({@code concurrent K 0 WARM_S} only loads the service, until its CPU per briefing settles
 * when {@code BENCH_SERVICE_PID} is set). With {@code BENCH_SERVICE_PID} and {@code BENCH_DATABASE_PID} the rounds also
 * report each process's CPU per briefing; every round reports this client's own CPU per briefing and the machine's
 * idle share. Not a test: run by bench/service.sh.
 */
public final class LifecycleBench {

    private final String base;
    private final String adminPassword;
    /** Each user's session cookie, as a browser keeps it. */
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    /**
     * Recorded calls over a second, with the wall-clock time they began, so that a stall every call in flight met
     * (seen: 3-4 s in two of five runs on one day) can be matched against the service's GC and safepoint log.
     */
    private final List<String> slowCalls = Collections.synchronizedList(new ArrayList<>());
    private static final long SLOW_CALL_MICROS = 1_000_000;
    private static final int SLOW_CALLS_KEPT = 100;
    private long organizationId;
    private String secretariat;
    private String chair;
    private final List<String> participants = new ArrayList<>();
    /**
     * With {@code BENCH_POLL_MS} the clients poll the briefing every so many ms instead of waiting for its change, as
     * the benchmark's clients did before the service offered {@code Prefer: wait}: to compare the two.
     */
    private static final int POLL_MILLIS = intFromEnvironment("BENCH_POLL_MS", 0);
    /** GETs of a briefing made while waiting for its minutes, in the recorded briefings. */
    private final AtomicInteger stageReads = new AtomicInteger();
    private static final int WARM_WINDOW_SECONDS = 60;
    /**
     * The JIT settles by work done, not by time: CPU per briefing fell from 1 202 to 236 ms over 2 700 briefings, with
     * plateaus on the way (333, 333, 317 ms after 1 200 briefings looked settled and were not).
     */
    private static final int WARM_MIN_BRIEFINGS = intFromEnvironment("BENCH_WARM_MIN_BRIEFINGS", 2_500);
    private static final int WARM_MAX_SECONDS = intFromEnvironment("BENCH_WARM_MAX_SECONDS", 900);

    private LifecycleBench(String base, String adminPassword) {
        this.base = base;
        this.adminPassword = adminPassword;
    }

    /** A reply: its status, body and entity tag. */
    private record Reply(int status, String body, String etag) {
    }

    public static void main(String[] args) throws Exception {
        // Kept-alive connections to the service, one per client thread: the JDK keeps 5 per host by default.
        System.setProperty("http.maxConnections", "64");
        LifecycleBench bench = new LifecycleBench(args[0], args[1]);
        bench.setUp();
        String mode = args[2];
        if (mode.equals("sequential")) {
            int n = Integer.parseInt(args[3]);
            bench.warmUp(Integer.parseInt(args[4]), 1);
            List<Long> approveToPublished = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                approveToPublished.add(bench.briefing(true));
            }
            System.out.println("{\"mode\":\"sequential\",\"briefings\":" + n + ",\"approveToPublishedMs\":"
                    + stats(approveToPublished, 1) + "}");
        } else {
            int threads = Integer.parseInt(args[3]);
            int n = Integer.parseInt(args[4]);
            ProcessCpu service = ProcessCpu.fromEnvironment("BENCH_SERVICE_PID");
            ProcessCpu database = ProcessCpu.fromEnvironment("BENCH_DATABASE_PID");
            if (n == 0) {
                if (service == null) {
                    bench.warmUp(Integer.parseInt(args[5]), threads);
                } else {
                    System.out.println(bench.warmUntilSteady(Integer.parseInt(args[5]), threads, service));
                }
                return;
            }
            bench.warmUp(Integer.parseInt(args[5]), threads);
            bench.latencies.clear();
            bench.slowCalls.clear();
            bench.stageReads.set(0);
            ProcessCpu.Since serviceCpu = ProcessCpu.since(service);
            ProcessCpu.Since databaseCpu = ProcessCpu.since(database);
            ProcessCpu.Since clientCpu = ProcessCpu.since(ProcessCpu.self());
            MachineIdle idle = MachineIdle.now();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger left = new AtomicInteger(n);
            List<Long> approveToPublished = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        approveToPublished.add(bench.briefing(true));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String serviceCpuPerBriefing = serviceCpu.perUnitJson(n);
            String databaseCpuPerBriefing = databaseCpu.perUnitJson(n);
            String clientCpuPerBriefing = clientCpu.perUnitJson(n);
            String idleShare = idle.shareSinceJson();
            pool.shutdown();
            StringBuilder endpoints = new StringBuilder("{");
            new TreeMap<>(bench.latencies).forEach((name, values) -> endpoints.append(endpoints.length() > 1 ? "," : "")
                    .append('"').append(name).append("\":").append(stats(values, 1000)));
            endpoints.append('}');
            System.out.printf(Locale.ROOT, "{\"mode\":\"concurrent\",\"threads\":%d,\"briefings\":%d,\"seconds\":%.2f,"
                            + "\"briefingsPerSecond\":%.2f,\"serviceCpuMsPerBriefing\":%s,\"databaseCpuMsPerBriefing\":%s,"
                            + "\"clientCpuMsPerBriefing\":%s,\"machineIdleShare\":%s,\"approveToPublishedMs\":%s,"
                            + "\"stageReadsPerBriefing\":%.2f,\"endpointsMs\":%s,\"slowCalls\":[%s]}%n",
                    threads, n, seconds, n / seconds, serviceCpuPerBriefing, databaseCpuPerBriefing,
                    clientCpuPerBriefing, idleShare, stats(approveToPublished, 1),
                    (double) bench.stageReads.get() / n, endpoints, bench.slowCallsJson());
        }
    }

    private void warmUp(int seconds, int threads) throws Exception {
        Load load = new Load(threads);
        TimeUnit.SECONDS.sleep(seconds);
        load.stop();
    }

    /** Threads driving unrecorded briefings, one after another, until stopped; counts the briefings done. */
    private final class Load {
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicInteger done = new AtomicInteger();
        private final ExecutorService pool;
        private final List<Future<?>> runs = new ArrayList<>();

        Load(int threads) {
            pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    while (!stopped.get()) {
                        briefing(false);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
        }

        int done() {
            return done.get();
        }

        /** Lets each thread finish its briefing, then returns. */
        void stop() throws Exception {
            stopped.set(true);
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();
        }
    }

    /** A setting from the environment: QUICK=1 runs of bench/run.sh shorten the warm-up with these. */
    private static int intFromEnvironment(String name, int otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.trim());
    }

    /**
     * Loads the service for at least {@code minSeconds} and {@link #WARM_MIN_BRIEFINGS} briefings, and then until its
     * CPU per briefing stops falling (the last three one-minute windows within 5 % of their mean): rounds measured
     * before the JIT compiler settles report the compiler as much as the service. Gives up after
     * {@link #WARM_MAX_SECONDS}. Returns the windows as JSON, so the report shows how the warm-up went.
     */
    private String warmUntilSteady(int minSeconds, int threads, ProcessCpu service) throws Exception {
        Load load = new Load(threads);
        long start = System.nanoTime();
        List<String> windows = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        while (true) {
            int doneBefore = load.done();
            ProcessCpu.Since windowCpu = ProcessCpu.since(service);
            TimeUnit.SECONDS.sleep(WARM_WINDOW_SECONDS);
            int briefings = load.done() - doneBefore;
            double perBriefing = windowCpu.millis() / Math.max(1, briefings);
            long elapsed = (System.nanoTime() - start) / 1_000_000_000L;
            windows.add(String.format(Locale.ROOT, "{\"endSeconds\":%d,\"briefings\":%d,\"serviceCpuMsPerBriefing\":%.1f}",
                    elapsed, briefings, perBriefing));
            cpu.add(perBriefing);
            boolean enough = elapsed >= minSeconds && load.done() >= WARM_MIN_BRIEFINGS;
            if (enough && flat(cpu.subList(Math.max(0, cpu.size() - 3), cpu.size())) || elapsed >= WARM_MAX_SECONDS) {
                break;
            }
        }
        load.stop();
        return "{\"mode\":\"warm-up\",\"threads\":" + threads + ",\"windows\":[" + String.join(",", windows) + "]}";
    }

    /** Three windows, each within 5 % of their mean: one window a little above the one before is still noise. */
    private static boolean flat(List<Double> last) {
        double mean = last.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return last.size() == 3 && last.stream().allMatch(x -> Math.abs(x - mean) <= 0.05 * mean);
    }

    private void setUp() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String org = call("admin", adminPassword, "POST", "/api/organizations", "{\"name\":\"ĐẢNG ỦY XÃ ĐO " + tag
                + "\",\"parentName\":\"ĐẢNG BỘ TỈNH THỬ\",\"code\":\"ĐU\",\"place\":\"Đo\"}", "setup");
        organizationId = Long.parseLong(org.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        secretariat = user(tag + "vp", "SECRETARIAT", "Nguyễn Văn An");
        chair = user(tag + "bt", "SECRETARY", "Trần Thị Bình");
        for (int i = 0; i < 3; i++) {
            participants.add(user(tag + "db" + i, "PARTICIPANT", "Đại biểu " + i));
        }
    }

    private String user(String username, String role, String name) {
        call("admin", adminPassword, "POST", "/api/users", "{\"username\":\"" + username
                + "\",\"password\":\"mat-khau-do-dac\",\"fullName\":\"" + name + "\",\"position\":\"Chức vụ\","
                + "\"organizationId\":" + organizationId + ",\"roles\":[\"" + role + "\"]}", "setup");
        return username;
    }

    /** One briefing through every call; returns APPROVE → MINUTES_PUBLISHED in ms. */
    private long briefing(boolean record) {
        String report = "Quý IV, toàn Đảng bộ đã tập trung lãnh đạo thực hiện các chỉ tiêu; thu ngân sách đạt 95,49%.\\n\\n"
                .repeat(12);
        String created = as(secretariat, "POST", "/api/briefings", "{\"organizationId\":" + organizationId
                + ",\"title\":\"Hội nghị giao ban quý IV năm 2026\",\"quarter\":\"2026-Q4\",\"scheduledAt\":"
                + "\"2026-12-20T07:30:00+07:00\",\"location\":\"Hội trường\",\"chair\":\"" + chair + "\",\"recorder\":\""
                + secretariat + "\",\"participants\":[\"" + String.join("\",\"", participants) + "\"]}",
                record ? "POST /api/briefings" : null);
        String b = "/api/briefings/" + created.replaceAll("^\\{\"id\":(\\d+).*", "$1");
        as(secretariat, "PUT", b + "/report", "{\"content\":\"" + report + "\"}", record ? "PUT report" : null);
        as(secretariat, "POST", b + "/report/submit", null, record ? "POST report/submit" : null);
        as(chair, "POST", b + "/report/review", "{\"decision\":\"APPROVE\"}", record ? "POST report/review" : null);
        for (String p : participants) {
            as(p, "POST", b + "/contributions", "{\"kind\":\"PROPOSAL\",\"content\":\"Đề xuất hỗ trợ kinh phí.\"}",
                    record ? "POST contributions" : null);
        }
        as(secretariat, "POST", b + "/discussion/close", null, record ? "POST discussion/close" : null);
        as(secretariat, "PUT", b + "/conclusions", "{\"content\":\"Kết luận của đồng chí chủ trì.\",\"directives\":"
                + "[{\"content\":\"Triển khai\",\"assigneeUnit\":\"Chi bộ 1\",\"dueDate\":\"2027-03-31\"}]}",
                record ? "PUT conclusions" : null);
        as(secretariat, "POST", b + "/conclusions/submit", null, record ? "POST conclusions/submit" : null);
        long approved = System.nanoTime();
        as(chair, "POST", b + "/conclusions/review", "{\"decision\":\"APPROVE\"}",
                record ? "POST conclusions/review" : null);
        awaitMinutes(b, record);
        long published = (System.nanoTime() - approved) / 1_000_000;
        as(participants.get(1), "GET", b + "/minutes", null, record ? "GET minutes" : null);
        return published;
    }

    /**
     * Waits for the minutes as an API client should: each GET names the version it has seen and holds until the
     * briefing changes ({@code Prefer: wait}), so the end is seen when it commits and no request is spent polling.
     */
    private void awaitMinutes(String briefing, boolean record) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        String seen = "\"0\"";
        while (true) {
            String[] waitForChange = POLL_MILLIS > 0 ? new String[0]
                    : new String[] {"If-None-Match", seen, "Prefer", "wait=30"};
            Reply reply = send(participants.get(0), "mat-khau-do-dac", "GET", briefing, null, null,
                    waitForChange);
            if (record) {
                stageReads.incrementAndGet();
            }
            if (reply.status() == 200 && reply.body().contains("\"stage\":\"MINUTES_PUBLISHED\"")) {
                return;
            }
            seen = Objects.requireNonNull(reply.etag(), "no ETag");
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(briefing + " not published after 2 minutes");
            }
            if (POLL_MILLIS > 0) {
                sleepMillis(POLL_MILLIS);
            }
        }
    }

    private static void sleepMillis(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String as(String user, String method, String path, String body, String metric) {
        return call(user, "mat-khau-do-dac", method, path, body, metric);
    }

    private String call(String user, String password, String method, String path, String body, String metric) {
        return send(user, password, method, path, body, metric).body();
    }

    /**
     * One request on a kept-alive connection, read and written by the calling thread. The client shares the two cores
     * with the service it measures: with {@code java.net.http.HttpClient} (one per user) it used 22-25 ms of CPU per
     * briefing, about a seventh of the machine (bench/client-share.sh); this way 11-12 ms.
     */
    private Reply send(String user, String password, String method, String path, String body, String metric,
                       String... headers) {
        try {
            long start = System.nanoTime();
            long startedAt = System.currentTimeMillis();
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            String session = sessions.get(user);
            if (session != null) {
                connection.setRequestProperty("Cookie", session);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                connection.setRequestProperty(headers[i], headers[i + 1]);
            }
            if (body != null) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setFixedLengthStreamingMode(bytes.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = connection.getResponseCode();
            String text;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String cookie = connection.getHeaderField("Set-Cookie");
            if (cookie != null && cookie.startsWith("JSESSIONID=")) {
                sessions.put(user, cookie.split(";", 2)[0]);
            }
            long micros = (System.nanoTime() - start) / 1000;
            if (status >= 300 && status != 304) {
                throw new IllegalStateException(method + " " + path + " -> " + status + " " + text);
            }
            if (metric != null) {
                latencies.computeIfAbsent(metric, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
                if (micros > SLOW_CALL_MICROS && slowCalls.size() < SLOW_CALLS_KEPT) {
                    slowCalls.add(String.format(Locale.ROOT, "{\"at\":\"%s\",\"ms\":%d,\"endpoint\":\"%s\"}",
                            Instant.ofEpochMilli(startedAt), micros / 1000, metric));
                }
            }
            return new Reply(status, text, connection.getHeaderField("ETag"));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private String slowCallsJson() {
        synchronized (slowCalls) {
            return String.join(",", slowCalls);
        }
    }

    /** {"n","median","p99","max"} of values divided by {@code scale} (1000 turns microseconds into ms). */
    static String stats(List<Long> values, double scale) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        return String.format("{\"n\":%d,\"median\":%.1f,\"p99\":%.1f,\"max\":%.1f}", sorted.size(),
                sorted.get(sorted.size() / 2) / scale, p99 / scale, sorted.get(sorted.size() - 1) / scale);
    }
}
