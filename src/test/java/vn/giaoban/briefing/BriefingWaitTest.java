package vn.giaoban.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.Scenario;
import vn.giaoban.support.ServiceTest;

/**
 * The briefing's ETag, and {@code Prefer: wait}: a reader waits for the next committed change instead of polling.
 * Over real HTTP against the whole service, its job executor included.
 */
@ServiceTest
class BriefingWaitTest {

    @LocalServerPort
    int port;

    @Autowired
    BriefingChanges changes;

    @Test
    void theVersionIsTheETagAndASeenVersionGets304() {
        Committee c = Committee.create(port);
        Api reader = Api.as(port, c.participants().get(0));
        String base = "/api/briefings/" + c.schedule(port);

        Api.Reply first = reader.get(base).expect(200);
        String etag = first.header("ETag");
        assertThat(etag).isEqualTo("\"" + first.json().path("version").asLong() + "\"");

        Api.Reply again = reader.get(base, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(reader.get(base, "If-None-Match", "\"x\", W/" + etag).status()).isEqualTo(304);
        assertThat(reader.get(base, "If-None-Match", "\"" + Long.MAX_VALUE + "\"").expect(200).header("ETag"))
                .isEqualTo(etag);
    }

    @Test
    void aWaitingReaderIsWokenByTheCommitThatChangesTheBriefing() throws Exception {
        Committee c = Committee.create(port);
        Api secretariat = Api.as(port, c.secretariat());
        Api reader = Api.as(port, c.participants().get(0));
        long id = c.schedule(port);
        String base = "/api/briefings/" + id;
        secretariat.put(base + "/report", "{\"content\": \"Báo cáo quý III.\"}").expect(200);
        secretariat.post(base + "/report/submit").expect(200);
        Api.Reply seen = reader.get(base).expect(200);
        assertThat(seen.json().path("stage").asText()).isEqualTo("REPORT_REVIEW");

        CompletableFuture<Api.Reply> waiting = CompletableFuture.supplyAsync(
                () -> reader.get(base, "If-None-Match", seen.header("ETag"), "Prefer", "wait=30"));
        await().atMost(Duration.ofSeconds(20)).until(() -> changes.waitingFor(id) == 1);
        Api.as(port, c.chair()).post(base + "/report/review", "{\"decision\": \"APPROVE\"}").expect(200);

        // Well before the 30 s the wait would last if no commit woke it.
        Api.Reply changed = waiting.get(15, TimeUnit.SECONDS).expect(200);
        assertThat(changed.json().path("stage").asText()).isEqualTo("DISCUSSION");
        assertThat(changed.header("ETag")).isNotEqualTo(seen.header("ETag"))
                .isEqualTo("\"" + changed.json().path("version").asLong() + "\"");
        assertThat(changes.waitingFor(id)).isZero();
    }

    @Test
    void theProcessWakesTheReaderWhenItPublishesTheMinutes() throws Exception {
        Committee c = Committee.create(port);
        Scenario scenario = new Scenario(port, c);
        String base = scenario.atConclusionsReview();
        Api reader = Api.as(port, c.participants().get(1));
        Api.Reply reply = reader.get(base).expect(200);
        scenario.approve(base);

        // Each request returns with a committed change of the briefing, well before its 30 s would end.
        int requests = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Api.Reply last = reply;
            int count = 0;
            while (!last.json().path("stage").asText().equals("MINUTES_PUBLISHED")) {
                last = reader.get(base, "If-None-Match", last.header("ETag"), "Prefer", "wait=30").expect(200);
                count++;
            }
            return count;
        });
        assertThat(requests).isBetween(1, 3);
        assertThat(reader.get(base + "/minutes").status()).isEqualTo(200);
    }

    @Test
    void aWaitWithoutChangeEndsWith304AndLeavesNothingBehind() {
        Committee c = Committee.create(port);
        Api reader = Api.as(port, c.participants().get(0));
        long id = c.schedule(port);
        String base = "/api/briefings/" + id;
        String etag = reader.get(base).expect(200).header("ETag");

        Api.Reply reply = reader.get(base, "If-None-Match", etag, "Prefer", "wait=1");
        assertThat(reply.status()).isEqualTo(304);
        assertThat(reply.header("ETag")).isEqualTo(etag);
        assertThat(changes.waitingFor(id)).isZero();
        // A Prefer header without a wait, or without a tag to compare, answers at once.
        assertThat(reader.get(base, "Prefer", "wait=30").expect(200).header("ETag")).isEqualTo(etag);
        assertThat(reader.get(base, "If-None-Match", etag, "Prefer", "return=minimal").status()).isEqualTo(304);
    }

    @Test
    void permissionsAreCheckedBeforeAnyWait() {
        Committee c = Committee.create(port);
        long id = c.schedule(port);
        String base = "/api/briefings/" + id;
        String etag = Api.as(port, c.chair()).get(base).expect(200).header("ETag");

        Api.Reply outsider = Api.as(port, c.outsider()).get(base, "If-None-Match", etag, "Prefer", "wait=30");
        assertThat(outsider.status()).isIn(403, 404);
        outsider.expect(outsider.status());
        Api.anonymous(port).get(base, "If-None-Match", etag, "Prefer", "wait=30").expect(401);
        Api.as(port, c.chair()).get("/api/briefings/999999999", "If-None-Match", etag, "Prefer", "wait=30")
                .expect(404);
        assertThat(changes.waitingFor(id)).isZero();
    }

    @Test
    void theWaitPreferenceIsReadAsRfc7240WritesIt() {
        assertThat(BriefingController.requestedWait("wait=10")).isEqualTo(10);
        assertThat(BriefingController.requestedWait("respond-async, wait=5")).isEqualTo(5);
        assertThat(BriefingController.requestedWait("return=minimal; foo=\"bar\", WAIT = \"7\"")).isEqualTo(7);
        assertThat(BriefingController.requestedWait("return=minimal")).isZero();
        assertThat(BriefingController.requestedWait("nowait=9")).isZero();
    }
}
