package vn.giaoban.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;

/**
 * Requests that race: concurrent edits never lose an update, a decision is taken once, every contribution is kept.
 * Each scenario releases all its requests at the same moment.
 */
abstract class ConcurrencyContract {

    @LocalServerPort
    int port;

    @Test
    void fiftySavesFromTheSameVersionLetExactlyOneWin() {
        Committee c = Committee.create(port);
        String b = "/api/briefings/" + c.schedule(port);
        Api secretariat = Api.as(port, c.secretariat());
        secretariat.put(b + "/report", "{\"content\": \"Bản 1.\"}").expect(200);
        List<Integer> statuses = race(50, i -> () -> secretariat.put(b + "/report",
                "{\"content\": \"Bản sửa số " + i + "\", \"baseVersion\": 1}").status());
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(49);
        JsonNode versions = secretariat.get(b + "/report/versions").expect(200).json();
        assertThat(versions).hasSize(2);
    }

    @Test
    void approveAndReviseAtOnceTakeEffectOnce() {
        Committee c = Committee.create(port);
        String b = "/api/briefings/" + c.schedule(port);
        Api secretariat = Api.as(port, c.secretariat());
        Api chair = Api.as(port, c.chair());
        secretariat.put(b + "/report", "{\"content\": \"Dự thảo.\"}").expect(200);
        secretariat.post(b + "/report/submit").expect(200);
        List<Integer> statuses = race(2, i -> () -> chair.post(b + "/report/review", i == 0
                ? "{\"decision\": \"APPROVE\"}" : "{\"decision\": \"REVISE\", \"comment\": \"Sửa lại.\"}").status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        String stage = secretariat.get(b).expect(200).json().path("stage").asText();
        assertThat(stage).isIn("DISCUSSION", "REPORT_DRAFTING");
        assertThat(chair.get("/api/tasks").expect(200).text()).doesNotContain("\"briefingId\":" + b.substring(15)
                + ",\"briefingTitle\":\"Hội nghị giao ban quý III năm 2026\",\"stage\":\"REPORT_REVIEW\"");
    }

    @Test
    void fiftyParticipantsPostingAtOnceAreAllKeptInOneOrder() {
        Committee c = Committee.create(port);
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            participants.add(Committee.participant(port, c.organizationId(), "Đại biểu " + i));
        }
        long id = Api.as(port, c.secretariat()).post("/api/briefings", """
                {"organizationId": %d, "title": "Hội nghị giao ban mở rộng", "quarter": "2026-Q4",
                 "scheduledAt": "2026-12-20T07:30:00+07:00", "location": "Hội trường", "chair": %s, "recorder": %s,
                 "participants": %s}""".formatted(c.organizationId(), Api.str(c.chair()), Api.str(c.secretariat()),
                Api.strs(participants))).expect(201).json().path("id").asLong();
        String b = "/api/briefings/" + id;
        Api secretariat = Api.as(port, c.secretariat());
        secretariat.put(b + "/report", "{\"content\": \"Dự thảo.\"}").expect(200);
        secretariat.post(b + "/report/submit").expect(200);
        Api.as(port, c.chair()).post(b + "/report/review", "{\"decision\": \"APPROVE\"}").expect(200);
        participants.forEach(p -> Api.as(port, p).get("/api/users/me").expect(200));

        List<Integer> statuses = race(50, i -> () -> Api.as(port, participants.get(i)).post(b + "/contributions",
                "{\"kind\": \"OPINION\", \"content\": \"Ý kiến của đại biểu " + i + "\"}").status());
        assertThat(statuses).containsOnly(201).hasSize(50);
        JsonNode first = secretariat.get(b + "/contributions").expect(200).json();
        JsonNode again = secretariat.get(b + "/contributions").expect(200).json();
        assertThat(first).hasSize(50).isEqualTo(again);
        for (int i = 0; i < 50; i++) {
            assertThat(first.get(i).path("seq").asInt()).isEqualTo(i + 1);
        }
    }

    @Test
    void aDoubleClickedSubmitMovesTheBriefingOnce() {
        Committee c = Committee.create(port);
        String b = "/api/briefings/" + c.schedule(port);
        Api secretariat = Api.as(port, c.secretariat());
        secretariat.put(b + "/report", "{\"content\": \"Dự thảo.\"}").expect(200);
        List<Integer> statuses = race(2, i -> () -> secretariat.post(b + "/report/submit").status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        JsonNode briefing = secretariat.get(b).expect(200).json();
        assertThat(briefing.path("stage").asText()).isEqualTo("REPORT_REVIEW");
        long reviewTasks = java.util.stream.StreamSupport.stream(Api.as(port, c.chair()).get("/api/tasks")
                .expect(200).json().spliterator(), false)
                .filter(t -> t.path("briefingId").asLong() == briefing.path("id").asLong()).count();
        assertThat(reviewTasks).isEqualTo(1);
    }

    /** Starts {@code n} requests together and returns their statuses. */
    private static List<Integer> race(int n, java.util.function.IntFunction<Supplier<Integer>> request) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            for (int i = 0; i < n; i++) {
                Supplier<Integer> call = request.apply(i);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return call.get();
                }, pool));
            }
            start.countDown();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }
}
