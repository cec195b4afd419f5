package vn.giaoban.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.MariaDb;

/**
 * The packaged service on MariaDB, stopped in the middle of its work and started again: once gracefully (SIGTERM)
 * with a discussion half recorded, once with kill -9 right after the chair's approval, while the minutes are being
 * rendered and signed. Nothing typed is lost, each briefing ends with exactly one minutes document with two valid
 * signatures, and document numbers continue without gap or repeat.
 */
@ExtendWith(MariaDb.class)
class RestartWithoutLossIT {

    private static MariaDb.Database database;
    private static Path dataDir;
    private static int port;
    private Process service;

    @BeforeAll
    static void freshDatabase() throws IOException {
        database = MariaDb.create("giaoban_restart_" + ProcessHandle.current().pid());
        dataDir = Files.createTempDirectory("giaoban-restart");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    /** A failed assertion must not leave the service running (and holding the database) after the test. */
    @AfterEach
    void stopServiceLeftRunning() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor();
        }
    }

    @AfterAll
    static void dropDatabase() {
        MariaDb.drop(database.name());
    }

    @Test
    void survivesGracefulStopAndKillNine() throws Exception {
        start();
        compilersRunOnEveryCoreAgain();
        Committee c = Committee.create(port);
        Api secretariat = Api.as(port, c.secretariat());
        Api chair = Api.as(port, c.chair());
        Api participant = Api.as(port, c.participants().get(0));
        String first = "/api/briefings/" + c.schedule(port);
        String second = "/api/briefings/" + c.schedule(port);
        for (String briefing : List.of(first, second)) {
            secretariat.put(briefing + "/report", "{\"content\": \"Báo cáo sơ kết quý.\"}").expect(200);
            secretariat.post(briefing + "/report/submit").expect(200);
            chair.post(briefing + "/report/review", "{\"decision\": \"APPROVE\"}").expect(200);
        }
        List<String> said = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String text = "Ý kiến thứ " + i + " trước khi dừng dịch vụ.";
            participant.post(first + "/contributions", "{\"kind\": \"OPINION\", \"content\": %s}"
                    .formatted(Api.str(text))).expect(201);
            said.add(text);
        }
        conclude(secretariat, second);

        stopGracefully();
        start();

        assertThat(contents(participant, first)).containsExactlyElementsOf(said);
        participant.post(first + "/contributions", "{\"kind\": \"PROPOSAL\", \"content\": \"Sau khi khởi động lại.\"}")
                .expect(201);
        conclude(secretariat, first);
        chair.post(second + "/conclusions/review", "{\"decision\": \"APPROVE\"}").expect(200);
        chair.post(first + "/conclusions/review", "{\"decision\": \"APPROVE\"}").expect(200);

        killNine();
        start();

        for (String briefing : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> stage(participant, briefing).equals("MINUTES_PUBLISHED"));
            JsonNode verification = participant.get(briefing + "/minutes/verification").expect(200).json();
            assertThat(verification.path("valid").asBoolean()).isTrue();
            assertThat(verification.path("signatures")).hasSize(2);
        }
        assertThat(contents(participant, first)).hasSize(4);
        assertThat(query("SELECT COUNT(*) FROM official_document WHERE kind = 'MINUTES'")).isEqualTo(List.of(2L));
        assertThat(query("SELECT COUNT(*) FROM official_document_signature s JOIN official_document d "
                + "ON d.id = s.document_id WHERE d.kind = 'MINUTES'")).isEqualTo(List.of(4L));
        assertThat(query("SELECT number_value FROM official_document WHERE kind = 'MINUTES' ORDER BY number_value"))
                .isEqualTo(List.of(1L, 2L));
        assertThat(query("SELECT number_value FROM official_document WHERE kind = 'CONCLUSION_NOTICE' "
                + "ORDER BY number_value")).isEqualTo(List.of(1L, 2L));
        stopGracefully();
    }

    private static void conclude(Api secretariat, String briefing) {
        secretariat.post(briefing + "/discussion/close").expect(200);
        secretariat.put(briefing + "/conclusions", """
                {"content": "Kết luận của đồng chí chủ trì.", "directives": [{"content": "Triển khai nghị quyết",
                 "assigneeUnit": "Chi bộ ấp 1", "dueDate": "2026-12-31"}]}""").expect(200);
        secretariat.post(briefing + "/conclusions/submit").expect(200);
    }

    private void start() throws IOException {
        String jar = System.getProperty("giaoban.jar");
        // The JVM options the Dockerfile starts the service with.
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "@src/main/jvm/jvm.options", "-jar", jar,
                "--server.port=" + port, "--camunda.bpm.job-execution.lock-time-in-millis=5000")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("service.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "mysql");
        env.put("SPRING_DATASOURCE_URL", database.url());
        env.put("SPRING_DATASOURCE_USERNAME", MariaDb.user());
        env.put("SPRING_DATASOURCE_PASSWORD", MariaDb.password());
        env.put("GIAOBAN_DB_PRODUCT", database.product());
        env.put("GIAOBAN_DB_MAJOR_VERSION", String.valueOf(database.major()));
        env.put("GIAOBAN_DB_MINOR_VERSION", String.valueOf(database.minor()));
        env.put("GIAOBAN_DATA_DIR", dataDir.toString());
        env.put("GIAOBAN_BOOTSTRAP_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        service = builder.start();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service exited; see " + dataDir.resolve("service.log"));
            }
            try {
                // Ready, not merely listening: the bootstrap admin is created after Tomcat already answers.
                return Api.anonymous(port).get("/actuator/health/readiness").status() == 200;
            } catch (AssertionError notListeningYet) {
                return false;
            }
        });
    }

    /** StartupCompilerAffinity kept the JIT's threads off one core during the start; once started, they have all. */
    private void compilersRunOnEveryCoreAgain() throws IOException {
        Path tasks = Path.of("/proc", String.valueOf(service.pid()), "task");
        if (!Files.isDirectory(tasks)) {
            return; // not Linux: the service moves nothing there either
        }
        List<String> compilers = new ArrayList<>();
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                if (Files.readString(thread.resolve("comm")).strip().matches("C[12] CompilerThre.*")) {
                    compilers.add(coresAllowed(thread.resolve("status")));
                }
            }
        }
        assertThat(compilers).hasSizeGreaterThanOrEqualTo(2).containsOnly(coresAllowed(Path.of("/proc/self/status")));
    }

    private static String coresAllowed(Path status) throws IOException {
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("Cpus_allowed_list:"))
                .findFirst().orElseThrow();
    }

    private void stopGracefully() throws InterruptedException {
        service.destroy();
        assertThat(service.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    private void killNine() throws InterruptedException {
        service.destroyForcibly();
        service.waitFor();
    }

    private static String stage(Api api, String briefing) {
        return api.get(briefing).expect(200).json().path("stage").asText();
    }

    private static List<String> contents(Api api, String briefing) {
        List<String> texts = new ArrayList<>();
        api.get(briefing + "/contributions").expect(200).json().forEach(c -> texts.add(c.path("content").asText()));
        return texts;
    }

    private static List<Long> query(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.url(), MariaDb.user(), MariaDb.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        }
    }
}
