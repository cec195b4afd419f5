package vn.giaoban.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.support.Api;
import vn.giaoban.support.Committee;
import vn.giaoban.support.OutsideSigner;
import vn.giaoban.support.PdfTools;
import vn.giaoban.support.Scenario;
import vn.giaoban.support.VeraPdf;

/**
 * The minutes and the conclusion notice as official documents: PDF/A-3b after signing, the decisions inside as
 * JSON, visible signatures, verification that sees tampering (and agrees with pdfsig), numbers under concurrent
 * approvals, and a chair who signs outside the service.
 */
abstract class OfficialDocumentsContract {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    GiaobanProperties properties;

    @Test
    void bothDocumentsArePdfA3bSignedAndCarryTheDecisions() throws Exception {
        Committee c = Committee.create(port);
        String base = new Scenario(port, c).published();
        Api reader = Api.as(port, c.participants().get(1));

        byte[] minutes = reader.get(base + "/minutes").expect(200).body();
        byte[] notice = reader.get(base + "/conclusion-notice").expect(200).body();
        assertThat(VeraPdf.pdfA3bFailures(minutes)).as("PDF/A-3b rules the signed minutes break").isEmpty();
        assertThat(VeraPdf.pdfA3bFailures(notice)).as("PDF/A-3b rules the signed notice breaks").isEmpty();

        JsonNode noticeCheck = reader.get(base + "/conclusion-notice/verification").expect(200).json();
        assertThat(noticeCheck.path("valid").asBoolean()).isTrue();
        assertThat(noticeCheck.path("signatures")).hasSize(1);
        assertThat(noticeCheck.path("signatures").get(0).path("signer").asText()).isEqualTo("Trần Thị Bình");
        assertThat(noticeCheck.path("signatures").get(0).path("trusted").asBoolean()).isTrue();
        String noticeSig = PdfTools.pdfsig(PdfTools.write(notice, "notice-" + port + ".pdf"));
        assertThat(noticeSig).contains("Signature is Valid.", "Total document signed");

        String noticeText = PdfTools.pdftotext(PdfTools.write(notice, "notice-text-" + port + ".pdf"))
                .replaceAll("\\s+", " ");
        assertThat(noticeText).contains("THÔNG BÁO", "Số 01-TB/ĐU", "kết luận của đồng chí Trần Thị Bình",
                "T/M BAN THƯỜNG VỤ", "BÍ THƯ ĐẢNG ỦY", "Nơi nhận:", "- Lưu Văn phòng.", Scenario.CONCLUSIONS,
                Scenario.DIRECTIVE, "Ngày 05 tháng 10 năm 2026");

        for (byte[] pdf : List.of(minutes, notice)) {
            JsonNode decisions = attachedDecisions(pdf);
            assertThat(decisions.path("conclusions").asText()).isEqualTo(Scenario.CONCLUSIONS);
            assertThat(decisions.path("directives").get(0).path("content").asText()).isEqualTo(Scenario.DIRECTIVE);
            assertThat(decisions.path("directives").get(0).path("dueDate").asText()).isEqualTo("2026-12-31");
            assertThat(visibleSignatureCount(pdf)).isEqualTo(pdf == minutes ? 2 : 1);
            // Each signature's reserved space is its CMS and a small margin, not kilobytes of zeros.
            assertThat(unusedSignatureSpace(pdf)).hasSize(pdf == minutes ? 2 : 1)
                    .allSatisfy(unused -> assertThat(unused).isBetween(0, 1024));
        }
        JsonNode documents = reader.get(base + "/documents").expect(200).json();
        assertThat(documents).hasSize(2);
    }

    @Test
    void tamperedAndAppendedCopiesAreReported() throws Exception {
        Committee c = Committee.create(port);
        String base = new Scenario(port, c).published();
        Api reader = Api.as(port, c.participants().get(0));
        byte[] minutes = reader.get(base + "/minutes").expect(200).body();

        JsonNode genuine = reader.send("POST", "/api/verifications", "application/pdf", minutes).expect(200).json();
        assertThat(genuine.path("valid").asBoolean()).isTrue();

        byte[] flipped = minutes.clone();
        int at = Arrays.asList(new String(minutes, StandardCharsets.ISO_8859_1).split("")).indexOf("T") + 40;
        flipped[at] ^= 0x01;
        JsonNode flippedReport = reader.send("POST", "/api/verifications", "application/pdf", flipped).expect(200)
                .json();
        assertThat(flippedReport.path("valid").asBoolean()).isFalse();
        assertThat(flippedReport.path("signatures").get(0).path("valid").asBoolean()).isFalse();
        String flippedSig = PdfTools.pdfsig(PdfTools.write(flipped, "flipped-" + port + ".pdf"));
        assertThat(flippedSig.split("Signature #2")[0]).doesNotContain("Signature is Valid.");

        byte[] appended;
        try (PDDocument document = Loader.loadPDF(minutes)) {
            document.getDocumentInformation().setTitle("Đã sửa sau khi ký");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            appended = out.toByteArray();
        }
        JsonNode appendedReport = reader.send("POST", "/api/verifications", "application/pdf", appended).expect(200)
                .json();
        assertThat(appendedReport.path("valid").asBoolean()).isFalse();
        JsonNode last = appendedReport.path("signatures").get(1);
        assertThat(last.path("valid").asBoolean()).isTrue();
        assertThat(last.path("coversWholeDocument").asBoolean()).isFalse();
        assertThat(last.path("appendedAfter").asBoolean()).isTrue();
        String appendedSig = PdfTools.pdfsig(PdfTools.write(appended, "appended-" + port + ".pdf"));
        assertThat(appendedSig.substring(appendedSig.indexOf("Signature #2"))).contains("Not total document signed");

        reader.send("POST", "/api/verifications", "application/pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8))
                .expect(400);
    }

    @Test
    void concurrentApprovalsGetConsecutiveNumbers() throws Exception {
        Committee c = Committee.create(port);
        Scenario scenario = new Scenario(port, c);
        List<String> briefings = List.of(scenario.atConclusionsReview(), scenario.atConclusionsReview());
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> approvals = new ArrayList<>();
        for (String base : briefings) {
            approvals.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                scenario.approve(base);
            }));
        }
        start.countDown();
        CompletableFuture.allOf(approvals.toArray(CompletableFuture[]::new)).join();
        List<String> numbers = new ArrayList<>();
        for (String base : briefings) {
            scenario.awaitStage(base, "MINUTES_PUBLISHED");
            Api.as(port, c.secretariat()).get(base + "/documents").expect(200).json()
                    .forEach(d -> numbers.add(d.path("number").asText()));
        }
        assertThat(numbers).containsExactlyInAnyOrder("Số 01-BB/ĐU", "Số 02-BB/ĐU", "Số 01-TB/ĐU", "Số 02-TB/ĐU");
    }

    @Test
    void chairWhoSignsOutsideTheServiceUploadsCheckedSignatures() throws Exception {
        Committee c = Committee.create(port);
        Api.admin(port).send("PATCH", "/api/organizations/" + c.organizationId(), "application/json",
                "{\"chairSignsExternally\": true}".getBytes(StandardCharsets.UTF_8)).expect(200);
        Scenario scenario = new Scenario(port, c);
        String base = scenario.atConclusionsReview();
        scenario.approve(base);
        scenario.awaitStage(base, "AWAITING_CHAIR_SIGNATURE");
        Api chair = Api.as(port, c.chair());
        assertThat(chair.get("/api/tasks").expect(200).text()).contains("AWAITING_CHAIR_SIGNATURE");
        Api.as(port, c.participants().get(0)).get(base + "/minutes/for-signing").expect(403);
        chair.get(base + "/minutes").expect(409);

        byte[] minutes = chair.get(base + "/minutes/for-signing").expect(200).body();
        byte[] notice = chair.get(base + "/conclusion-notice/for-signing").expect(200).body();
        OutsideSigner token = new OutsideSigner("Trần Thị Bình");

        byte[] changedBefore = minutes.clone();
        changedBefore[minutes.length / 3] ^= 0x01;
        chair.send("PUT", base + "/minutes/chair-signature", "application/pdf", token.sign(changedBefore))
                .expect(400);
        chair.send("PUT", base + "/minutes/chair-signature", "application/pdf",
                new OutsideSigner("Người Khác").sign(minutes)).expect(400);
        chair.send("PUT", base + "/minutes/chair-signature", "application/pdf", minutes).expect(400);
        Api.as(port, c.secretariat()).send("PUT", base + "/minutes/chair-signature", "application/pdf",
                token.sign(minutes)).expect(403);

        chair.send("PUT", base + "/minutes/chair-signature", "application/pdf", token.sign(minutes)).expect(204);
        assertThat(Api.as(port, c.secretariat()).get(base).expect(200).json().path("stage").asText())
                .isEqualTo("AWAITING_CHAIR_SIGNATURE");
        chair.send("PUT", base + "/conclusion-notice/chair-signature", "application/pdf", token.sign(notice))
                .expect(204);
        scenario.awaitStage(base, "MINUTES_PUBLISHED");

        byte[] published = chair.get(base + "/minutes").expect(200).body();
        assertThat(Arrays.copyOf(published, minutes.length)).isEqualTo(minutes);
        JsonNode report = chair.get(base + "/minutes/verification").expect(200).json();
        assertThat(report.path("valid").asBoolean()).isTrue();
        assertThat(report.path("signatures").get(1).path("signer").asText()).isEqualTo("Trần Thị Bình");
        assertThat(report.path("signatures").get(1).path("trusted").asBoolean()).isFalse();
        JsonNode documents = chair.get(base + "/documents").expect(200).json();
        documents.forEach(d -> assertThat(d.path("signatures").get(d.path("signatures").size() - 1)
                .path("external").asBoolean()).isTrue());
    }

    @Test
    void signatureImagesAreValidatedAndDrawn() throws Exception {
        Committee c = Committee.create(port);
        Api admin = Api.admin(port);
        long chairId = Api.as(port, c.chair()).get("/api/users/me").expect(200).json().path("id").asLong();
        admin.send("PUT", "/api/users/" + chairId + "/signature-image", "image/png",
                "GIF89a không phải PNG".getBytes(StandardCharsets.UTF_8)).expect(400);
        admin.send("PUT", "/api/organizations/" + c.organizationId() + "/seal", "image/png", png(64, 64)).expect(204);
        admin.send("PUT", "/api/users/" + chairId + "/signature-image", "image/png", png(120, 40)).expect(204);
        Api.as(port, c.secretariat()).send("PUT", "/api/organizations/" + c.organizationId() + "/seal", "image/png",
                png(64, 64)).expect(403);

        String base = new Scenario(port, c).published();
        byte[] notice = Api.as(port, c.chair()).get(base + "/conclusion-notice").expect(200).body();
        assertThat(imagesInSignatures(notice)).isEqualTo(2);
        assertThat(VeraPdf.pdfA3bFailures(notice)).isEmpty();
    }

    @Test
    void publishedDocumentsAreServedWithTheirHeadersAndRevalidatedByETag() throws Exception {
        Committee c = Committee.create(port);
        String base = new Scenario(port, c).published();
        long id = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        String reader = c.participants().get(1);
        Map<String, Long> before = downloadCounts();
        for (String document : List.of("minutes", "conclusion-notice")) {
            HttpResponse<byte[]> first = download(base + "/" + document, reader, null);
            HttpResponse<byte[]> again = download(base + "/" + document, reader, null);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(first.body());
            String sha256 = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(first.body()));
            assertThat(first.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
            // Sent by Tomcat from the document's file, named by its hash, as nginx would send it; that file is a
            // cache, and without it the same bytes come from memory.
            Path file = properties.dataDir().resolve("published").resolve(sha256 + ".pdf");
            assertThat(file).hasBinaryContent(first.body());
            Files.delete(file);
            assertThat(download(base + "/" + document, reader, null).body()).isEqualTo(first.body());
            // The cache keeps the file's name, not the bytes: they were read again and the file written again.
            assertThat(file).hasBinaryContent(first.body());
            // A file changed on disk is not the document any more: what is read from it (here for the first
            // verification) is checked against the document's hash, and the database's bytes are taken instead.
            Files.write(file, "không phải tài liệu".getBytes(StandardCharsets.UTF_8));
            JsonNode verified = Api.as(port, reader).get(base + "/" + document + "/verification").expect(200).json();
            assertThat(verified.path("valid").asBoolean()).as(verified.toString()).isTrue();
            assertThat(file).hasBinaryContent(first.body());
            assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(first.headers().firstValueAsLong("Content-Length")).hasValue(first.body().length);
            assertThat(first.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\""
                    + (document.equals("minutes") ? "bien-ban-" : "thong-bao-ket-luan-") + id + ".pdf\"");
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, max-age=3600");
            assertThat(first.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();

            HttpResponse<byte[]> unchanged = download(base + "/" + document, reader, "\"" + sha256 + "\"");
            assertThat(unchanged.statusCode()).isEqualTo(304);
            assertThat(unchanged.body()).isEmpty();
            assertThat(download(base + "/" + document, reader, "\"something-else\"").statusCode()).isEqualTo(200);
        }
        // Once a document is held in memory, who may have it is still checked on every request.
        Committee other = Committee.create(port);
        HttpResponse<byte[]> outsider = download(base + "/minutes", other.participants().get(0), null);
        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(outsider.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(download(base + "/minutes", null, null).statusCode()).isEqualTo(401);
        assertThat(download("/api/briefings/987654321/minutes", reader, null).statusCode()).isEqualTo(404);
        assertThat(download(base + "/minutes", reader, null).statusCode()).isEqualTo(200);

        // Every download is timed by document and outcome, refused ones too, outside http.server.requests.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Long> counted = new HashMap<>(downloadCounts());
            before.forEach((key, count) -> counted.merge(key, -count, Long::sum));
            counted.values().removeIf(count -> count == 0);
            assertThat(counted).isEqualTo(Map.of("minutes SUCCESS", 5L, "minutes REDIRECTION", 1L,
                    "minutes CLIENT_ERROR", 3L, "conclusion-notice SUCCESS", 4L, "conclusion-notice REDIRECTION", 1L));
        });
        assertThat(meters.find("http.server.requests").timers()).isNotEmpty()
                .noneMatch(timer -> "/api/briefings/{id}/{document:minutes|conclusion-notice}"
                        .equals(timer.getId().getTag("uri")));
    }

    private Map<String, Long> downloadCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (Timer timer : meters.find("giaoban.documents.downloads").timers()) {
            counts.put(timer.getId().getTag("document") + " " + timer.getId().getTag("outcome"), timer.count());
        }
        return counts;
    }

    private HttpResponse<byte[]> download(String path, String user, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, height / 2, 0xFFCC0000);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static JsonNode attachedDecisions(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDEmbeddedFilesNameTreeNode files = document.getDocumentCatalog().getNames().getEmbeddedFiles();
            PDComplexFileSpecification spec = files.getNames().get("ket-luan.json");
            assertThat(spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Data");
            assertThat(document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF")))
                    .isNotNull();
            return new ObjectMapper().readTree(spec.getEmbeddedFile().toByteArray());
        }
    }

    private static int visibleSignatureCount(byte[] pdf) throws Exception {
        int visible = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (field instanceof PDSignatureField signature) {
                    PDAnnotationWidget widget = signature.getWidgets().get(0);
                    if (widget.getRectangle().getWidth() > 50 && widget.getAppearance() != null
                            && widget.isPrinted()) {
                        visible++;
                    }
                }
            }
        }
        return visible;
    }

    /** Per signature: bytes of /Contents left after the CMS (the zero padding), counted by parsing the CMS. */
    private static List<Integer> unusedSignatureSpace(byte[] pdf) throws Exception {
        List<Integer> unused = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var signature : document.getSignatureDictionaries()) {
                // BouncyCastle writes the CMS with indefinite lengths, so its end is found by reading it.
                ByteArrayInputStream contents = new ByteArrayInputStream(signature.getContents());
                try (ASN1InputStream cms = new ASN1InputStream(contents)) {
                    assertThat(cms.readObject()).isNotNull();
                }
                unused.add(contents.available());
            }
        }
        return unused;
    }

    private static int imagesInSignatures(byte[] pdf) throws Exception {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (field instanceof PDSignatureField signature) {
                    var resources = signature.getWidgets().get(0).getAppearance().getNormalAppearance()
                            .getAppearanceStream().getResources();
                    for (COSName name : resources.getXObjectNames()) {
                        if (resources.isImageXObject(name)) {
                            images++;
                        }
                    }
                }
            }
        }
        return images;
    }
}
