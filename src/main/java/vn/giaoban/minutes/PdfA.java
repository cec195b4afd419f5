package vn.giaoban.minutes;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.GregorianCalendar;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;

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
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a document PDF/A-3b beyond embedded fonts: XMP metadata matching the information dictionary (title and
 * author in Vietnamese), an sRGB output intent, a document id, and the data file as an associated file
 * ({@code /AF}, {@code AFRelationship /Data}) so other systems can read the decisions from the signed PDF.
 */
final class PdfA {

    private static final String PRODUCER = "giaoban (Apache PDFBox)";
    /**
     * One serializer over the JDK's own XML factories, made once: XmpSerializer's default constructor looks both
     * factories up through the ServiceLoader, scanning every jar of the class path, which cost 2 % of the CPU of a
     * whole briefing (JFR, 8 threads on MariaDB), and each serializer makes a document builder, about a quarter of
     * the time spent on the metadata (JFR, four pages). Neither the factories nor the builder are thread-safe, so
     * serialisation holds the serializer's lock, for well under a millisecond.
     */
    private static final XmpSerializer XMP = new XmpSerializer(TransformerFactory.newDefaultInstance(),
            DocumentBuilderFactory.newDefaultInstance());

    private PdfA() {
    }

    static void conform(PDDocument document, DocumentMetadata metadata) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setCreator("giaoban");
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

    private static byte[] xmp(DocumentMetadata metadata) throws IOException {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(metadata.title());
            dc.addCreator(metadata.author());
            dc.setDescription(metadata.subject());
            dc.setFormat("application/pdf");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool("giaoban");
            basic.setCreateDate(metadata.created());
            basic.setModifyDate(metadata.created());
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(3);
            id.setConformance("B");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            synchronized (XMP) {
                XMP.serialize(xmp, out, true);
            }
            return out.toByteArray();
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("Could not write the XMP metadata", e);
        }
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
