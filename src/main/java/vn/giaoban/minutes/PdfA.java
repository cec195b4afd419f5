package vn.giaoban.minutes;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a document PDF/A-3b beyond embedded fonts: XMP metadata matching the information dictionary (title and
 * author in Vietnamese), an sRGB output intent, a document id, and the data file as an associated file
 * ({@code /AF}, {@code AFRelationship /Data}) so other systems can read the decisions from the signed PDF.
 */
final class PdfA {

    /** Creator and producer, written in the information dictionary and in the XMP packet, which must agree. */
    private static final String CREATOR = "giaoban";
    private static final String PRODUCER = "giaoban (Apache PDFBox)";
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private PdfA() {
    }

    static void conform(PDDocument document, DocumentMetadata metadata) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(metadata.created());
        info.setModificationDate(metadata.created());
        catalog.setLanguage("vi-VN");

        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(xmp(metadata));
        catalog.setMetadata(xmp);

        ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb.getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        if (metadata.attachment() != null) {
            attach(document, metadata.attachment(), metadata.created());
        }

        byte[] id = documentId(metadata);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * The XMP packet, written out: its shape is fixed and only five values change. xmpbox built a DOM for it and
     * serialised that through a new XSLT transformer for every document, 6 % of rendering and signing four pages (JFR).
     * The values are those of the information dictionary, which PDF/A requires them to match; one-line texts have no
     * control characters ({@code Texts}), so escaping the three markup characters is enough.
     */
    static byte[] xmp(DocumentMetadata metadata) {
        String date = XMP_DATE.format(metadata.created().toInstant()
                .atZone(metadata.created().getTimeZone().toZoneId()));
        String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
                + "      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(metadata.title())
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "      <dc:creator><rdf:Seq><rdf:li>" + escaped(metadata.author())
                + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "      <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(metadata.subject())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "      <dc:format>application/pdf</dc:format>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n"
                + "      <xmp:CreatorTool>" + escaped(CREATOR) + "</xmp:CreatorTool>\n"
                + "      <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "      <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\">\n"
                + "      <pdf:Producer>" + escaped(PRODUCER) + "</pdf:Producer>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\">\n"
                + "      <pdfaid:part>3</pdfaid:part>\n"
                + "      <pdfaid:conformance>B</pdfaid:conformance>\n"
                + "    </rdf:Description>\n"
                + "  </rdf:RDF>\n"
                + "</x:xmpmeta><?xpacket end=\"w\"?>";
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void attach(PDDocument document, DocumentMetadata.Attachment attachment,
                               java.util.Calendar created) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.content()));
        file.setSubtype(attachment.mediaType());
        file.setSize(attachment.content().length);
        file.setCreationDate((GregorianCalendar) created);
        file.setModDate((GregorianCalendar) created);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(attachment.fileName());
        spec.setFileUnicode(attachment.fileName());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription(attachment.description());
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(attachment.fileName(), spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    private static byte[] documentId(DocumentMetadata metadata) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(metadata.title().getBytes(StandardCharsets.UTF_8));
            md5.update(Long.toString(metadata.created().getTimeInMillis()).getBytes(StandardCharsets.UTF_8));
            if (metadata.attachment() != null) {
                md5.update(metadata.attachment().content());
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
