package vn.giaoban.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

import vn.giaoban.support.VeraPdf;

/**
 * The XMP packet PdfA writes out by hand: an XMP parser reads back the document's title, author, subject and dates,
 * markup characters included, and veraPDF finds the rendered document PDF/A-3b, which requires the packet to match
 * the information dictionary.
 */
class PdfATest {

    private static final String TITLE = "Biên bản hội nghị <giao ban> quý IV & “kết luận”";
    private static final String AUTHOR = "ĐẢNG ỦY XÃ THỬ";
    private static final String SUBJECT = "Số 01-BB/ĐU — hội nghị > quý III";

    @Test
    void theWrittenPacketReadsBackAsTheDocumentsMetadata() throws Exception {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        created.setTimeInMillis(1_790_000_000_000L);
        created.set(Calendar.MILLISECOND, 0);
        byte[] packet = PdfA.xmp(new DocumentMetadata(TITLE, AUTHOR, SUBJECT, created, null));

        XMPMetadata xmp = new DomXmpParser().parse(new ByteArrayInputStream(packet));
        assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(TITLE);
        assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(AUTHOR);
        assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo(SUBJECT);
        assertThat(xmp.getDublinCoreSchema().getFormat()).isEqualTo("application/pdf");
        assertThat(xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis()).isEqualTo(created.getTimeInMillis());
        assertThat(xmp.getXMPBasicSchema().getModifyDate().getTimeInMillis()).isEqualTo(created.getTimeInMillis());
        assertThat(xmp.getXMPBasicSchema().getCreatorTool()).isEqualTo("giaoban");
        assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo("giaoban (Apache PDFBox)");
        assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
        assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
        assertThat(new String(packet, java.nio.charset.StandardCharsets.UTF_8))
                .contains("<xmp:CreateDate>2026-09-21T", "+07:00</xmp:CreateDate>");
    }

    @Test
    void aRenderedDocumentWithMarkupInItsTitleIsPdfA3b() throws Exception {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        byte[] pdf = new MinutesRenderer(DocumentLayout.defaults()).render(DocumentBenchmark.content(3),
                new DocumentMetadata(TITLE, AUTHOR, SUBJECT, created, new DocumentMetadata.Attachment(
                        "ket-luan.json", "Kết luận", "application/json", "{}".getBytes()))).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(TITLE);
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis() / 1000)
                    .isEqualTo(info.getCreationDate().getTimeInMillis() / 1000);
        }
        assertThat(VeraPdf.pdfA3bFailures(pdf)).isEmpty();
    }
}
