package vn.giaoban.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.GregorianCalendar;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Adds one PAdES signature ({@code ETSI.CAdES.detached}, SHA-256, signing-certificate-v2) to a PDF by incremental
 * update, so every signature already in the document stays valid. The claimed signing time is the dictionary's
 * {@code /M}; as PAdES asks, the CMS carries no signing-time attribute. A visible signature gets a printable
 * appearance in its signature block.
 */
@Component
class PdfSigner {

    /** Who signs, as written in the signature dictionary. */
    record Signer(String name, String reason, String location, OffsetDateTime time) {
    }

    /**
     * The visible part of a signature: drawn in the box the layout left under the signature block title, with the
     * signer's handwritten signature and the organisation's seal when they exist (PNG), and text lines below.
     */
    record Appearance(SignatureBox box, List<String> lines, byte[] signatureImage, byte[] sealImage) {
    }

    private final DocumentLayout layout;

    PdfSigner(DocumentLayout layout) {
        this.layout = layout;
    }

    /**
     * Room reserved for each signature: the exact size of this key's CMS, learnt once by signing nothing (a detached
     * CMS without a signing time has the same size whatever it signs), plus a margin. A fixed 8 KB left about 5 KB of
     * zeros in every signature, 10 KB of hex in the file, written, hashed, stored and downloaded with every copy.
     */
    private final Cache<X509Certificate, Integer> signatureSpace = Caffeine.newBuilder().maximumSize(1_000).build();
    private static final int SIGNATURE_SPACE_MARGIN = 256;

    byte[] sign(byte[] pdf, SigningKey key, Signer signer, Appearance appearance) {
        int space = signatureSpace.get(key.certificate(), certificate -> {
            try {
                return cms(InputStream.nullInputStream(), key).length + SIGNATURE_SPACE_MARGIN;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signer.name());
            signature.setReason(signer.reason());
            signature.setLocation(signer.location());
            signature.setSignDate(GregorianCalendar.from(signer.time().toZonedDateTime()));
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(space);
            if (appearance != null) {
                options.setPage(appearance.box().page());
            }
            document.addSignature(signature, content -> cms(content, key), options);
            if (appearance != null) {
                show(document, signature, appearance);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + space * 2 + 65536);
            document.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not sign the PDF", e);
        }
    }

    /** Gives the new signature's widget its place and a printable appearance (PDF/A needs both). */
    private void show(PDDocument document, PDSignature signature, Appearance appearance) throws IOException {
        PDSignatureField field = null;
        for (PDField candidate : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (candidate instanceof PDSignatureField sig
                    && sig.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                field = sig;
            }
        }
        if (field == null) {
            throw new IOException("The new signature field was not found");
        }
        SignatureBox box = appearance.box();
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(box.x(), box.y(), box.width(), box.height()));
        widget.setPrinted(true);
        widget.setLocked(true);

        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(box.width(), box.height()));
        stream.setResources(new PDResources());
        PDFont font = DocumentFonts.loadFitted(document, "Regular", appearance.lines());
        float size = layout.signatureTextSize();
        float leading = size * 1.2f;
        List<String> lines = new ArrayList<>();
        for (String line : appearance.lines()) {
            lines.addAll(wrap(PdfComposer.drawable(font, line), font, size, box.width() - 4));
        }
        float textHeight = lines.size() * leading;
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            float imageHeight = box.height() - textHeight - 2;
            float x = 2;
            if (appearance.sealImage() != null && imageHeight > 8) {
                PDImageXObject seal = PDImageXObject.createFromByteArray(document, appearance.sealImage(), "seal");
                float h = Math.min(box.height(), box.width() / 3);
                float w = h * seal.getWidth() / seal.getHeight();
                content.drawImage(seal, x, box.height() - h, w, h);
                x += w * 0.6f;
            }
            if (appearance.signatureImage() != null && imageHeight > 8) {
                PDImageXObject hand = PDImageXObject.createFromByteArray(document, appearance.signatureImage(),
                        "signature");
                float h = imageHeight;
                float w = Math.min(h * hand.getWidth() / hand.getHeight(), box.width() - x - 2);
                content.drawImage(hand, x, textHeight + 2, w, w * hand.getHeight() / hand.getWidth());
            }
            content.setNonStrokingColor(0f, 0f, 0f);
            float baseline = textHeight - size;
            for (String line : lines) {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(2, baseline);
                content.showText(line);
                content.endText();
                baseline -= leading;
            }
        }
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(stream);
        widget.setAppearance(dictionary);
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The detached CMS over the signed byte ranges; the seam where a token or remote signer would plug in. */
    private static byte[] cms(InputStream content, SigningKey key) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2(certificate)))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), certificate);
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(Arrays.asList(key.chain())));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return signed.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Could not build the CMS signature", e);
        }
    }

    private static AttributeTable signingCertificateV2(X509Certificate certificate)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return new AttributeTable(attributes);
    }

    /** Content type, message digest and signing-certificate-v2; no signing-time (PAdES takes it from /M). */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {

        PadesAttributes(AttributeTable extra) {
            super(extra);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributeTable getAttributes(Map parameters) {
            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }
}
