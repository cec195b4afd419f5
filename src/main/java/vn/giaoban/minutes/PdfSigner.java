package vn.giaoban.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * {@code /M}; as PAdES asks, the CMS carries no signing-time attribute.
 */
@Component
class PdfSigner {

    /** Who signs, as written in the signature dictionary. */
    record Signer(String name, String reason, String location, OffsetDateTime time) {
    }

    private static final int SIGNATURE_SPACE = 8_192;

    byte[] sign(byte[] pdf, SigningKey key, Signer signer) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signer.name());
            signature.setReason(signer.reason());
            signature.setLocation(signer.location());
            signature.setSignDate(GregorianCalendar.from(signer.time().toZonedDateTime()));
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(signature, content -> cms(content, key), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SPACE * 2 + 4096);
            document.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not sign the PDF", e);
        }
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
