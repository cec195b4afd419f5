package vn.giaoban.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.MariaDb;
import vn.giaoban.support.TcpProxy;

/**
 * The database goes away for 20 s in the middle of work (the service reaches MariaDB through a proxy the test cuts):
 * requests get 503 problem+json with Retry-After, never a stack trace or a hang, and the service recovers by itself
 * when the database returns, with nothing half-written.
 */
@ExtendWith(MariaDb.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "giaoban.data-dir=target/test-data", "giaoban.bootstrap.admin-password=" + Api.ADMIN_PASSWORD,
        "camunda.bpm.process-engine-name=outage", "spring.datasource.hikari.maximum-pool-size=5"})
@ActiveProfiles("mysql")
class DatabaseOutageTest {

    private static TcpProxy proxy;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void throughProxy(DynamicPropertyRegistry registry) throws IOException {
        MariaDb.Database database = MariaDb.create("giaoban_outage_" + ProcessHandle.current().pid());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> MariaDb.drop(database.name())));
        java.net.URI server = java.net.URI.create(database.url().substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort());
        registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + database.name());
        registry.add("spring.datasource.username", MariaDb::user);
        registry.add("spring.datasource.password", MariaDb::password);
        registry.add("spring.jpa.properties.jakarta.persistence.database-product-name", database::product);
        registry.add("spring.jpa.properties.jakarta.persistence.database-major-version", database::major);
        registry.add("spring.jpa.properties.jakarta.persistence.database-minor-version", database::minor);
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void requestsGet503WhileTheDatabaseIsAwayAndTheServiceRecovers() {
        Committee c = Committee.create(port);
        String b = "/api/briefings/" + c.schedule(port);
        Api secretariat = Api.as(port, c.secretariat());
        secretariat.put(b + "/report", "{\"content\": \"Trước sự cố.\"}").expect(200);

        proxy.cut();
        long cutAt = System.nanoTime();
        List<Integer> during = new ArrayList<>();
        while (System.nanoTime() - cutAt < Duration.ofSeconds(20).toNanos()) {
            Api.Reply save = secretariat.put(b + "/report", "{\"content\": \"Trong sự cố.\", \"baseVersion\": 1}");
            during.add(save.status());
            if (save.status() == 503) {
                save.expect(503);
            }
            Api.Reply fresh = Api.as(port, c.participants().get(1)).get(b);
            during.add(fresh.status());
        }
        proxy.restore();

        assertThat(during).as("statuses while the database was away").isNotEmpty().containsOnly(503);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> secretariat.get(b).status() == 200);
        secretariat.put(b + "/report", "{\"content\": \"Sau sự cố.\", \"baseVersion\": 1}").expect(200);
        assertThat(secretariat.get(b + "/report/versions").expect(200).json()).hasSize(2);
        secretariat.post(b + "/report/submit").expect(200);
        assertThat(secretariat.get(b).expect(200).json().path("stage").asText()).isEqualTo("REPORT_REVIEW");
    }
}
