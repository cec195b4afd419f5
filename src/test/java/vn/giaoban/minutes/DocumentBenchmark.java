package vn.giaoban.minutes;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Render + two signatures of minutes of about 4 and about 50 pages, warm, median of repeated runs. Not a test: run by
 * {@code bench/documents.sh}. Prints one line per size.
 */
public final class DocumentBenchmark {

    private DocumentBenchmark() {
    }

    /** The same minutes as a plain HTML document, for the LibreOffice baseline. */
    static String html(MinutesContent m) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\">"
                + "<style>body{font-family:'Liberation Serif';font-size:14pt;text-align:justify}"
                + "p{text-indent:10mm;margin:0 0 6pt}</style></head><body>");
        DocumentHeading h = m.heading();
        out.append("<p>").append(h.parentName()).append("<br><b>").append(h.organizationName()).append("</b><br>*<br>")
                .append(h.numberLabel()).append("</p><p><b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br><i>").append(h.place())
                .append(", ").append(vn.giaoban.common.VietnameseFormat.date(h.date())).append("</i></p>")
                .append("<h1 style=\"text-align:center\">BIÊN BẢN</h1><h2 style=\"text-align:center\">")
                .append(h.subject()).append("</h2>");
        for (String line : m.report().split("\n")) {
            if (!line.isBlank()) {
                out.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
            }
        }
        out.append("<p>").append(m.conclusions()).append("</p><table style=\"width:100%\"><tr>")
                .append("<td><b>NGƯỜI GHI BIÊN BẢN</b><br><br><br>").append(m.recorder().fullName()).append("</td>")
                .append("<td><b>CHỦ TRÌ HỘI NGHỊ</b><br><br><br>").append(m.chair().fullName())
                .append("</td></tr></table></body></html>");
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("html")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[2]), html(content(Integer.parseInt(args[1]))));
            return;
        }
        long warmupMillis = args.length > 0 ? Long.parseLong(args[0]) : 60_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        DocumentLayout layout = DocumentLayout.defaults();
        MinutesRenderer renderer = new MinutesRenderer(layout);
        PdfSigner signer = new PdfSigner(layout);
        SigningKey recorder = key("Nguyễn Văn An");
        SigningKey chair = key("Trần Thị Bình");
        for (int paragraphs : new int[] {30, 610}) {
            MinutesContent content = content(paragraphs);
            long until = System.currentTimeMillis() + warmupMillis / 2;
            while (System.currentTimeMillis() < until) {
                once(renderer, signer, content, recorder, chair);
            }
            List<Long> micros = new ArrayList<>();
            int pages = 0;
            int bytes = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                byte[] pdf = once(renderer, signer, content, recorder, chair);
                micros.add((System.nanoTime() - start) / 1000);
                bytes = pdf.length;
                try (var document = Loader.loadPDF(pdf)) {
                    pages = document.getNumberOfPages();
                }
            }
            micros.sort(null);
            System.out.printf("minutes %d pages: median %.1f ms, min %.1f ms, max %.1f ms over %d warm runs; %d bytes%n",
                    pages, micros.get(micros.size() / 2) / 1000.0, micros.get(0) / 1000.0,
                    micros.get(micros.size() - 1) / 1000.0, runs, bytes);
        }
    }

    /** Everything one render-and-sign needs, prepared once. */
    static final class Fixture {
        private final MinutesRenderer renderer = new MinutesRenderer(DocumentLayout.defaults());
        private final PdfSigner signer = new PdfSigner(DocumentLayout.defaults());
        private final SigningKey recorder;
        private final SigningKey chair;
        final MinutesContent content;

        Fixture(int paragraphs) throws Exception {
            recorder = key("Nguyễn Văn An");
            chair = key("Trần Thị Bình");
            content = content(paragraphs);
        }

        byte[] renderAndSign() {
            return once(renderer, signer, content, recorder, chair);
        }
    }

    private static byte[] once(MinutesRenderer renderer, PdfSigner signer, MinutesContent content,
                               SigningKey recorder, SigningKey chair) {
        RenderedDocument rendered = renderer.render(content, new DocumentMetadata("Biên bản", "ĐẢNG ỦY XÃ THỬ",
                "Số 01-BB/ĐU", Calendar.getInstance(), new DocumentMetadata.Attachment("ket-luan.json", "JSON",
                "application/json", "{}".getBytes())));
        OffsetDateTime now = OffsetDateTime.now();
        byte[] first = signer.sign(rendered.pdf(), recorder, new PdfSigner.Signer("Nguyễn Văn An", "ký", "Thử", now),
                new PdfSigner.Appearance(rendered.signatureBoxes().get(0), List.of("Ký bởi: Nguyễn Văn An",
                        "Thời gian ký: " + now), null, null));
        return signer.sign(first, chair, new PdfSigner.Signer("Trần Thị Bình", "ký", "Thử", now),
                new PdfSigner.Appearance(rendered.signatureBoxes().get(1), List.of("Ký bởi: Trần Thị Bình",
                        "Thời gian ký: " + now), null, null));
    }

    static MinutesContent content(int paragraphs) {
        StringBuilder report = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            report.append("Đoạn ").append(i).append(": toàn Đảng bộ tập trung lãnh đạo thực hiện thắng lợi các chỉ ")
                    .append("tiêu kinh tế - xã hội, quốc phòng - an ninh; thu ngân sách đạt 95,49% dự toán, ")
                    .append("1.250 hộ đạt tiêu chí nông thôn mới.\n\n");
        }
        MinutesContent.Person chair = new MinutesContent.Person("Trần Thị Bình", "Bí thư", "ĐẢNG ỦY XÃ THỬ");
        MinutesContent.Person recorder = new MinutesContent.Person("Nguyễn Văn An", "Chuyên viên", "ĐẢNG ỦY XÃ THỬ");
        return new MinutesContent(new DocumentHeading("ĐẢNG BỘ TỈNH THỬ", "ĐẢNG ỦY XÃ THỬ", "Số 01-BB/ĐU", "Thử",
                LocalDate.of(2026, 10, 5), "BIÊN BẢN", "hội nghị giao ban quý III năm 2026"),
                OffsetDateTime.parse("2026-10-05T07:30:00+07:00"), null, "Hội trường", chair, recorder,
                List.of(chair, recorder), report.toString(),
                List.of(new MinutesContent.Speech(recorder, "ý kiến", "Nhất trí với báo cáo.")), "Kết luận.",
                List.of(new MinutesContent.Task("Nhiệm vụ", "Chi bộ 1", LocalDate.of(2026, 12, 31))));
    }

    static SigningKey key(String name) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + name);
        long now = System.currentTimeMillis();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                subject, BigInteger.ONE, new Date(now - 60_000), new Date(now + 86_400_000L), subject,
                pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        return new SigningKey(pair.getPrivate(), new X509Certificate[] {certificate});
    }
}
