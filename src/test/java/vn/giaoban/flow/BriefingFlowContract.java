package vn.giaoban.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.PdfTools;

/**
 * One briefing carried from scheduling to signed minutes over real HTTP, by real users of every role, with one
 * return of the report and one of the conclusions; the minutes then checked by pdftotext and pdfsig.
 */
abstract class BriefingFlowContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static final String REPORT_1 = "Quý III, toàn xã thu ngân sách đạt 95,49% dự toán; "
            + "1.250 hộ được công nhận đạt chuẩn nông thôn mới.";
    private static final String REPORT_2 = "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,2%; "
            + "công tác xây dựng Đảng được chú trọng.";
    private static final String DIFFICULTY = "Kinh phí sửa chữa đường giao thông nông thôn ấp 3 còn thiếu, "
            + "đề nghị Đảng ủy xã quan tâm hỗ trợ.";
    private static final String PROPOSAL = "Đề xuất tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ chi bộ trong quý IV.";
    private static final String CONCLUSIONS = "Hội nghị thống nhất đánh giá kết quả thực hiện nghị quyết quý III "
            + "và chỉ đạo tập trung hoàn thành chỉ tiêu cả năm.";
    private static final String DIRECTIVE = "Hoàn thành sửa chữa tuyến đường liên ấp";

    @Test
    void briefingRunsFromSchedulingToSignedMinutes() throws Exception {
        Committee c = Committee.create(port);
        Api secretariat = Api.as(port, c.secretariat());
        Api chair = Api.as(port, c.chair());
        Api first = Api.as(port, c.participants().get(0));
        Api second = Api.as(port, c.participants().get(1));
        String base = "/api/briefings/" + c.schedule(port);

        assertThat(stage(first, base)).isEqualTo("REPORT_DRAFTING");
        assertThat(taskStages(secretariat)).contains("REPORT_DRAFTING");

        // The report arrives decomposed (NFD), as text pasted from old systems does, and is stored as NFC.
        JsonNode saved = secretariat.put(base + "/report", "{\"content\": %s}".formatted(Api.str(nfd(REPORT_1))))
                .expect(200).json();
        assertThat(saved.path("version").asInt()).isEqualTo(1);
        assertThat(saved.path("content").asText()).isEqualTo(REPORT_1);
        assertThat(secretariat.post(base + "/report/submit").expect(200).json().path("stage").asText())
                .isEqualTo("REPORT_REVIEW");
        assertThat(taskStages(chair)).contains("REPORT_REVIEW");
        chair.post(base + "/report/review", "{\"decision\": \"REVISE\", \"comment\": \"Bổ sung số liệu BHYT.\"}")
                .expect(200);
        assertThat(stage(chair, base)).isEqualTo("REPORT_DRAFTING");
        secretariat.put(base + "/report", "{\"content\": %s, \"baseVersion\": 1}"
                .formatted(Api.str(REPORT_1 + "\n\n- " + REPORT_2))).expect(200);
        assertThat(secretariat.get(base + "/report/versions").expect(200).json()).hasSize(2);
        secretariat.post(base + "/report/submit").expect(200);
        assertThat(chair.post(base + "/report/review", "{\"decision\": \"APPROVE\"}").expect(200).json()
                .path("stage").asText()).isEqualTo("DISCUSSION");

        first.post(base + "/contributions", "{\"kind\": \"DIFFICULTY\", \"content\": %s}"
                .formatted(Api.str(DIFFICULTY))).expect(201);
        secretariat.post(base + "/contributions", "{\"speaker\": %s, \"kind\": \"PROPOSAL\", \"content\": %s}"
                .formatted(Api.str(c.participants().get(1)), Api.str(PROPOSAL))).expect(201);
        JsonNode contributions = second.get(base + "/contributions").expect(200).json();
        assertThat(contributions).hasSize(2);
        assertThat(contributions.get(0).path("speaker").asText()).isEqualTo(c.participants().get(0));
        assertThat(contributions.get(1).path("recordedBy").asText()).isEqualTo(c.secretariat());
        secretariat.post(base + "/discussion/close").expect(200);

        String conclusions = """
                {"content": %s, "directives": [{"content": %s, "assigneeUnit": "Chi bộ ấp 3", "dueDate": "2026-12-31"}]}"""
                .formatted(Api.str(CONCLUSIONS), Api.str(DIRECTIVE));
        secretariat.put(base + "/conclusions", conclusions).expect(200);
        secretariat.post(base + "/conclusions/submit").expect(200);
        chair.post(base + "/conclusions/review", "{\"decision\": \"REVISE\", \"comment\": \"Nêu rõ thời hạn.\"}")
                .expect(200);
        secretariat.put(base + "/conclusions", conclusions).expect(200);
        secretariat.post(base + "/conclusions/submit").expect(200);
        chair.post(base + "/conclusions/review", "{\"decision\": \"APPROVE\"}").expect(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> stage(second, base).equals("MINUTES_PUBLISHED"));

        Api.Reply download = second.get(base + "/minutes").expect(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        byte[] pdf = download.body();
        assertThat(first.get(base + "/minutes").expect(200).body()).isEqualTo(pdf);

        JsonNode verification = first.get(base + "/minutes/verification").expect(200).json();
        assertThat(verification.path("valid").asBoolean()).isTrue();
        assertThat(verification.path("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(verification.path("signatures")).hasSize(2);
        assertThat(verification.path("signatures").get(0).path("signer").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(verification.path("signatures").get(1).path("signer").asText()).isEqualTo("Trần Thị Bình");
        // Each document's bytes are stored apart from Hibernate's statements, as revisions (PdfRevisions): joined in
        // order they are the bytes its hash names, and the stored minutes are the downloaded ones.
        long id = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT id, sha256 FROM official_document WHERE briefing_id = ?", id);
        assertThat(rows).hasSize(2);
        List<byte[]> stored = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            jdbc.queryForList("SELECT appended FROM official_document_revision WHERE document_id = ? ORDER BY revision",
                    byte[].class, row.get("id")).forEach(bytes::writeBytes);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray())))
                    .isEqualTo(row.get("sha256"));
            stored.add(bytes.toByteArray());
        }
        assertThat(stored).hasSize(2).contains(pdf);

        Path file = PdfTools.write(pdf, "flow-minutes.pdf");
        String text = PdfTools.pdftotext(file);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        String flat = withoutPageNumbers(text).replaceAll("\\s+", " ");
        for (String expected : List.of(REPORT_1, REPORT_2, DIFFICULTY, PROPOSAL, CONCLUSIONS, DIRECTIVE,
                "ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN", "Số 01-BB/ĐU", "Tân Lập, ngày 05 tháng 10 năm 2026",
                "07 giờ 30 phút", "ngày 31 tháng 12 năm 2026", "Lê Văn Cường", "Phạm Thị Dung",
                "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ", c.organizationName())) {
            assertThat(flat).as("pdftotext output").contains(expected);
        }

        String signatures = PdfTools.pdfsig(file);
        assertThat(count(signatures, "Signature is Valid.")).as(signatures).isEqualTo(2);
        assertThat(signatures).contains("Nguyễn Văn An", "Trần Thị Bình", "ETSI.CAdES.detached");
        assertThat(signatures.substring(signatures.indexOf("Signature #2"))).contains("Total document signed");
        assertThat(signatures.substring(0, signatures.indexOf("Signature #2"))).contains("Not total document signed");

        assertThat(taskStages(secretariat)).doesNotContain("CONCLUSIONS_REVIEW");
    }

    @Test
    void fourByteCharactersAndMarkupAreStoredLiterally() {
        Committee c = Committee.create(port);
        Api secretariat = Api.as(port, c.secretariat());
        String base = "/api/briefings/" + c.schedule(port);
        String text = "Đạt 100% kế hoạch 🎉, chữ Nôm 𠀀, <script>alert('x')</script> ' OR 1=1 -- ; DROP TABLE briefing;";
        secretariat.put(base + "/report", "{\"content\": %s}".formatted(Api.str(text))).expect(200);
        assertThat(Api.as(port, c.participants().get(0)).get(base + "/report").expect(200).json()
                .path("content").asText()).isEqualTo(text);
    }

    @Test
    void contributionsCanBeCorrectedUntilTheDiscussionCloses() {
        Committee c = Committee.create(port);
        Api secretariat = Api.as(port, c.secretariat());
        Api first = Api.as(port, c.participants().get(0));
        Api second = Api.as(port, c.participants().get(1));
        String base = inDiscussion(c);
        long id = first.post(base + "/contributions", "{\"kind\": \"OPINION\", \"content\": \"Ý kiến có lỗi chi đạo.\"}")
                .expect(201).json().path("id").asLong();
        String correction = "{\"kind\": \"PROPOSAL\", \"content\": \"Ý kiến đã sửa: chỉ đạo.\"}";
        second.put(base + "/contributions/" + id, correction).expect(403);
        first.put(base + "/contributions/" + id, correction).expect(200);
        JsonNode list = second.get(base + "/contributions").expect(200).json();
        assertThat(list.get(0).path("content").asText()).isEqualTo("Ý kiến đã sửa: chỉ đạo.");
        assertThat(list.get(0).path("kind").asText()).isEqualTo("PROPOSAL");
        secretariat.put(base + "/contributions/999999", correction).expect(404);
        secretariat.post(base + "/discussion/close").expect(200);
        secretariat.put(base + "/contributions/" + id, correction).expect(409);
    }

    /** The speaker is looked up among the briefing's members, and must still be an active account. */
    @Test
    void contributionsAreRecordedForActiveMembersOnly() {
        Committee c = Committee.create(port);
        Api secretariat = Api.as(port, c.secretariat());
        String base = inDiscussion(c);
        String forSpeaker = "{\"speaker\": %s, \"kind\": \"OPINION\", \"content\": \"Ý kiến.\"}";

        JsonNode outsider = secretariat.post(base + "/contributions", forSpeaker.formatted(Api.str(c.outsider())))
                .expect(400).json();
        assertThat(outsider.path("errors").get(0).path("field").asText()).isEqualTo("speaker");
        secretariat.post(base + "/contributions", forSpeaker.formatted(Api.str("khong-co-ai"))).expect(400);
        Api.as(port, c.participants().get(0)).post(base + "/contributions",
                forSpeaker.formatted(Api.str(c.participants().get(1)))).expect(403);
        long secondId = Api.as(port, c.participants().get(1)).get("/api/users/me").expect(200).json().path("id")
                .asLong();
        Api admin = Api.admin(port);
        admin.post("/api/users/" + secondId + "/deactivate").expect(200);
        secretariat.post(base + "/contributions", forSpeaker.formatted(Api.str(c.participants().get(1))))
                .expect(400);
        assertThat(secretariat.get(base + "/contributions").expect(200).json()).isEmpty();

        admin.post("/api/users/" + secondId + "/activate").expect(200);
        JsonNode recorded = secretariat.post(base + "/contributions",
                forSpeaker.formatted(Api.str(c.participants().get(1)))).expect(201).json();
        assertThat(recorded.path("speaker").asText()).isEqualTo(c.participants().get(1));
        assertThat(recorded.path("speakerUnit").asText()).isEqualTo(c.organizationName());
        assertThat(recorded.path("recordedBy").asText()).isEqualTo(c.secretariat());
    }

    @Test
    void cancelledBriefingStopsAndRefusesFurtherWork() {
        Committee c = Committee.create(port);
        Api secretariat = Api.as(port, c.secretariat());
        String base = "/api/briefings/" + c.schedule(port);
        secretariat.post(base + "/cancel", "{\"reason\": \"Hoãn do mưa bão\"}").expect(200);
        assertThat(stage(secretariat, base)).isEqualTo("CANCELLED");
        secretariat.put(base + "/report", "{\"content\": \"x\"}").expect(409);
        secretariat.post(base + "/cancel").expect(409);
    }

    /** A new briefing of the committee, its report approved: the discussion is open. */
    private String inDiscussion(Committee c) {
        Api secretariat = Api.as(port, c.secretariat());
        String base = "/api/briefings/" + c.schedule(port);
        secretariat.put(base + "/report", "{\"content\": \"Dự thảo.\"}").expect(200);
        secretariat.post(base + "/report/submit").expect(200);
        Api.as(port, c.chair()).post(base + "/report/review", "{\"decision\": \"APPROVE\"}").expect(200);
        return base;
    }

    private static String stage(Api api, String base) {
        return api.get(base).expect(200).json().path("stage").asText();
    }

    private static List<String> taskStages(Api api) {
        JsonNode tasks = api.get("/api/tasks").expect(200).json();
        return java.util.stream.StreamSupport.stream(tasks.spliterator(), false)
                .map(t -> t.path("stage").asText()).toList();
    }

    /** pdftotext separates pages with form feeds; pages 2 onwards start with their number. */
    private static String withoutPageNumbers(String text) {
        String[] pages = text.split("\f");
        StringBuilder out = new StringBuilder(pages[0]);
        for (int i = 1; i < pages.length; i++) {
            out.append('\n').append(pages[i].replaceFirst("^\\s*" + (i + 1) + "\\s*\n", ""));
        }
        return out.toString();
    }

    private static String nfd(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(text);
        return decomposed;
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
