package vn.giaoban.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Drives a briefing of a committee through the API, step by step, as its members would. */
public final class Scenario {

    public static final String CONCLUSIONS = "Hội nghị thống nhất đánh giá kết quả quý III và giao nhiệm vụ quý IV.";
    public static final String DIRECTIVE = "Hoàn thành sửa chữa tuyến đường liên ấp";

    private final int port;
    private final Committee committee;

    public Scenario(int port, Committee committee) {
        this.port = port;
        this.committee = committee;
    }

    /** A new briefing waiting for the chair's review of its conclusions; returns its base path. */
    public String atConclusionsReview() {
        Api secretariat = Api.as(port, committee.secretariat());
        Api chair = Api.as(port, committee.chair());
        String base = "/api/briefings/" + committee.schedule(port);
        secretariat.put(base + "/report", "{\"content\": \"Báo cáo sơ kết quý III: thu ngân sách đạt 95,49%.\"}")
                .expect(200);
        secretariat.post(base + "/report/submit").expect(200);
        chair.post(base + "/report/review", "{\"decision\": \"APPROVE\"}").expect(200);
        Api.as(port, committee.participants().get(0)).post(base + "/contributions",
                "{\"kind\": \"DIFFICULTY\", \"content\": \"Kinh phí sửa đường ấp 3 còn thiếu.\"}").expect(201);
        secretariat.post(base + "/discussion/close").expect(200);
        secretariat.put(base + "/conclusions", """
                {"content": %s, "directives": [{"content": %s, "assigneeUnit": "Chi bộ ấp 3", "dueDate": "2026-12-31"}]}"""
                .formatted(Api.str(CONCLUSIONS), Api.str(DIRECTIVE))).expect(200);
        secretariat.post(base + "/conclusions/submit").expect(200);
        return base;
    }

    public void approve(String base) {
        Api.as(port, committee.chair()).post(base + "/conclusions/review", "{\"decision\": \"APPROVE\"}").expect(200);
    }

    public void awaitStage(String base, String stage) {
        Api reader = Api.as(port, committee.participants().get(0));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> reader.get(base).expect(200).json().path("stage").asText().equals(stage));
    }

    /** A briefing carried to published minutes and notice. */
    public String published() {
        String base = atConclusionsReview();
        approve(base);
        awaitStage(base, "MINUTES_PUBLISHED");
        return base;
    }
}
